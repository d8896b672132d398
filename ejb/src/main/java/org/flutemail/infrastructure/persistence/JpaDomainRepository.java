package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flutemail.domain.Account;
import org.flutemail.domain.MailAlias;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.MailDomain;

@ApplicationScoped
public class JpaDomainRepository implements DomainRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    /** Keys per IN list: well below the bind-parameter limits of H2 and PostgreSQL. */
    private static final int IN_LIST_SIZE = 500;

    @Override
    public Optional<MailDomain> byName(String name) {
        return em.createQuery("select d from MailDomain d where d.name = :name", MailDomain.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<MailDomain> all() {
        return em.createQuery("select d from MailDomain d order by d.name", MailDomain.class).getResultList();
    }

    @Override
    public void add(MailDomain domain) {
        em.persist(domain);
    }

    @Override
    public List<MailDomain> dueForRemoval(Instant now) {
        return em.createQuery("select d from MailDomain d where d.state = org.flutemail.domain.DomainState.PENDING_DELETION"
                + " and d.deletionDueAt <= :now order by d.deletionDueAt", MailDomain.class)
                .setParameter("now", now).getResultList();
    }

    @Override
    public Set<String> removeWithData(MailDomain domain) {
        Long id = domain.id();
        List<String> used = em.createQuery("select distinct m.blobKey from StoredMessage m"
                + " where m.mailbox.account.domain = :d", String.class).setParameter("d", domain).getResultList();
        // One by one through the entity manager, not in bulk, so the recipient cache hears of each
        // removal (DirectoryChangeListener); mailboxes and messages follow their account by ON DELETE CASCADE.
        em.createQuery("select a from MailAlias a where a.domain = :d", MailAlias.class).setParameter("d", domain)
                .getResultList().forEach(em::remove);
        em.createQuery("select a from Account a where a.domain = :d", Account.class).setParameter("d", domain)
                .getResultList().forEach(em::remove);
        em.flush();
        em.clear(); // the cascaded mailboxes and messages must not linger in the persistence context
        em.remove(em.find(MailDomain.class, id));
        List<String> spooled = removeSpooledOnlyFor(domain.name());
        em.flush();
        Set<String> keys = new HashSet<>(used);
        keys.addAll(spooled);
        return keys;
    }

    /**
     * The spool keeps a processed message (for tracing) with the content as it arrived, a blob of its
     * own; when every recipient was in the removed domain that copy is the domain's mail too and goes.
     * Mail still being processed, or also addressed elsewhere, stays. Returns the blob keys it used.
     */
    @SuppressWarnings("unchecked")
    private List<String> removeSpooledOnlyFor(String domainName) {
        String pattern = "%@" + domainName.replace("!", "!!").replace("_", "!_").replace("%", "!%");
        List<Object[]> rows = em.createNativeQuery("select s.id, s.blob_key from spooled_message s"
                + " where s.state <> 'ACCEPTED'"
                + " and exists (select 1 from spooled_recipient r where r.spool_id = s.id"
                + " and lower(r.address) like :p escape '!')"
                + " and not exists (select 1 from spooled_recipient r where r.spool_id = s.id"
                + " and lower(r.address) not like :p escape '!')")
                .setParameter("p", pattern).getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST_SIZE) {
            em.createNativeQuery("delete from spooled_message where id in (:ids)")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST_SIZE))).executeUpdate();
        }
        return rows.stream().map(r -> (String) r[1]).toList();
    }

    @Override
    public long accountCount(MailDomain domain) {
        return em.createQuery("select count(a) from Account a where a.domain = :d", Long.class)
                .setParameter("d", domain).getSingleResult();
    }
}
