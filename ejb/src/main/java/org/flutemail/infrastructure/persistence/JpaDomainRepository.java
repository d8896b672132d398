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
        em.flush();
        Set<String> unreferenced = new HashSet<>(used);
        for (int from = 0; from < used.size(); from += IN_LIST_SIZE) {
            unreferenced.removeAll(stillReferenced(used.subList(from, Math.min(used.size(), from + IN_LIST_SIZE))));
        }
        return unreferenced;
    }

    /** Content is stored once however many messages hold it: another domain's message may share a blob. */
    @SuppressWarnings("unchecked")
    private List<String> stillReferenced(List<String> keys) {
        return em.createNativeQuery("select blob_key from mail_message where blob_key in (:k)"
                + " union select blob_key from spooled_message where blob_key in (:k)"
                + " union select blob_key from outbound_delivery where blob_key in (:k)"
                + " union select blob_key from scheduled_message where blob_key in (:k)")
                .setParameter("k", keys).getResultList();
    }

    @Override
    public long accountCount(MailDomain domain) {
        return em.createQuery("select count(a) from Account a where a.domain = :d", Long.class)
                .setParameter("d", domain).getSingleResult();
    }
}
