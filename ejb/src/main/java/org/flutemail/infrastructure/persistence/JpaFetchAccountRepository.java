package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flutemail.domain.Account;
import org.flutemail.domain.FetchAccount;
import org.flutemail.domain.FetchAccountRepository;
import org.flutemail.domain.FetchedMessage;

@ApplicationScoped
public class JpaFetchAccountRepository implements FetchAccountRepository {

    /** Keeps IN lists well under every database's parameter limit. */
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public List<FetchAccount> ofAccount(Account account) {
        return em.createQuery("select f from FetchAccount f where f.account = :a order by f.id", FetchAccount.class)
                .setParameter("a", account).getResultList();
    }

    @Override
    public Optional<FetchAccount> byId(long id) {
        return Optional.ofNullable(em.find(FetchAccount.class, id));
    }

    @Override
    public Optional<FetchAccount> byId(Account account, long id) {
        return em.createQuery("select f from FetchAccount f where f.id = :id and f.account = :a", FetchAccount.class)
                .setParameter("id", id).setParameter("a", account).getResultStream().findFirst();
    }

    @Override
    public List<FetchAccount> lockAllOfOwner(long id) {
        Optional<Long> owner = em.createQuery("select f.account.id from FetchAccount f where f.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst();
        if (owner.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select f from FetchAccount f where f.account.id = :a order by f.id", FetchAccount.class)
                .setParameter("a", owner.get())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return em.createQuery("select f.id from FetchAccount f where f.enabled = true and f.nextRunAt <= :now"
                        + " order by f.nextRunAt, f.id", Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public int releaseAllClaims() {
        return em.createQuery("update FetchAccount f set f.runningSince = null where f.runningSince is not null")
                .executeUpdate();
    }

    @Override
    public void add(FetchAccount fetchAccount) {
        em.persist(fetchAccount);
    }

    @Override
    public void remove(FetchAccount fetchAccount) {
        em.remove(fetchAccount);
    }

    @Override
    public boolean wasFetched(long fetchAccountId, String remoteId) {
        return !em.createQuery("select m.id from FetchedMessage m where m.fetchAccountId = :f and m.remoteId = :r",
                        Long.class)
                .setParameter("f", fetchAccountId).setParameter("r", remoteId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Set<String> fetchedIds(long fetchAccountId) {
        return new HashSet<>(em.createQuery("select m.remoteId from FetchedMessage m where m.fetchAccountId = :f",
                String.class).setParameter("f", fetchAccountId).getResultList());
    }

    @Override
    public void recordFetched(FetchedMessage message) {
        em.persist(message);
        // Now, not at commit: a duplicate must fail inside the caller's transaction, before it commits
        // anything else.
        em.flush();
    }

    @Override
    public void forgetAllFetched(long fetchAccountId) {
        em.createQuery("delete from FetchedMessage m where m.fetchAccountId = :f")
                .setParameter("f", fetchAccountId).executeUpdate();
    }

    @Override
    public void forgetFetched(long fetchAccountId, Collection<String> remoteIds) {
        List<String> all = List.copyOf(remoteIds);
        for (int from = 0; from < all.size(); from += BATCH) {
            em.createQuery("delete from FetchedMessage m where m.fetchAccountId = :f and m.remoteId in :ids")
                    .setParameter("f", fetchAccountId)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + BATCH)))
                    .executeUpdate();
        }
    }
}
