package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.Account;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MailboxRepository;
import org.flutemail.domain.MailboxStatistics;

@ApplicationScoped
public class JpaMailboxRepository implements MailboxRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public List<Mailbox> ofAccount(Account account) {
        return em.createQuery("select m from Mailbox m where m.account = :a order by m.id", Mailbox.class)
                .setParameter("a", account).getResultList();
    }

    @Override
    public Optional<Mailbox> byName(Account account, String name) {
        return em.createQuery("select m from Mailbox m where m.account = :a and m.name = :n", Mailbox.class)
                .setParameter("a", account).setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public Optional<Mailbox> lockByName(Account account, String name) {
        // Renamed between the look-up and the lock: not the mailbox asked for any more.
        return byName(account, name).map(this::locked).filter(m -> m.name().equals(name));
    }

    @Override
    public void add(Mailbox mailbox) {
        em.persist(mailbox);
    }

    @Override
    public List<MailboxStatistics> statistics(Account account) {
        return em.createQuery("""
                select new org.flutemail.domain.MailboxStatistics(b.id, b.name, count(m),
                       coalesce(sum(case when m.seen = false then 1 else 0 end), 0),
                       coalesce(sum(m.size), 0))
                  from Mailbox b left join StoredMessage m on m.mailbox = b
                 where b.account = :a
                 group by b.id, b.name
                 order by b.id""", MailboxStatistics.class)
                .setParameter("a", account).getResultList();
    }

    @Override
    public long usedOctets(long accountId) {
        return em.createQuery("select coalesce(sum(b.usedOctets), 0) from Mailbox b where b.account.id = :a",
                Long.class).setParameter("a", accountId).getSingleResult();
    }

    @Override
    public Optional<Mailbox> byId(Account account, long id) {
        return Optional.ofNullable(em.find(Mailbox.class, id)).filter(m -> m.account().id().equals(account.id()));
    }

    @Override
    public Optional<Mailbox> lockById(Account account, long id) {
        return byId(account, id).map(this::locked);
    }

    /**
     * The mailbox with its row locked and its counters as they are now. A lock taken through a query or
     * a find does not reload an entity this transaction read before without the lock (the row may have
     * changed since: a delivery's UID, an expunge's octets), so the row is read again with the lock.
     * One this transaction locked already is current: nothing can have changed it since.
     */
    private Mailbox locked(Mailbox mailbox) {
        if (em.getLockMode(mailbox) != LockModeType.PESSIMISTIC_WRITE) {
            em.refresh(mailbox, LockModeType.PESSIMISTIC_WRITE);
        }
        return mailbox;
    }

    @Override
    public boolean claimRecent(long mailboxId, long firstRecentUid, long nextUid) {
        return em.createQuery("update Mailbox m set m.firstRecentUid = :next"
                        + " where m.id = :id and m.firstRecentUid = :seen")
                .setParameter("next", nextUid).setParameter("id", mailboxId).setParameter("seen", firstRecentUid)
                .executeUpdate() == 1;
    }

    @Override
    public List<String> lostSubscriptions(Account account) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select name from lost_subscription where account_id = ? order by name")
                .setParameter(1, account.id()).getResultList();
        return names;
    }

    @Override
    public void keepLostSubscription(Account account, String name) {
        if (!lostSubscriptions(account).contains(name)) {
            em.createNativeQuery("insert into lost_subscription (account_id, name) values (?, ?)")
                    .setParameter(1, account.id()).setParameter(2, name).executeUpdate();
        }
    }

    @Override
    public boolean dropLostSubscription(Account account, String name) {
        return em.createNativeQuery("delete from lost_subscription where account_id = ? and name = ?")
                .setParameter(1, account.id()).setParameter(2, name).executeUpdate() > 0;
    }

    @Override
    public void remove(Mailbox mailbox) {
        em.flush();
        // The database cascades to messages and tombstones; JPA must not try to do it row by row.
        em.createNativeQuery("delete from mailbox where id = ?").setParameter(1, mailbox.id()).executeUpdate();
        em.detach(mailbox);
    }
}
