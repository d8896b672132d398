package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flutemail.domain.Account;
import org.flutemail.domain.ImportedMessage;
import org.flutemail.domain.MigrationAccountRun;
import org.flutemail.domain.MigrationJob;
import org.flutemail.domain.MigrationRepository;

@ApplicationScoped
public class JpaMigrationRepository implements MigrationRepository {

    @PersistenceContext(unitName = "flute")
    EntityManager em;

    @Override
    public void add(MigrationJob job) {
        em.persist(job);
    }

    @Override
    public Optional<MigrationJob> job(long id) {
        return Optional.ofNullable(em.find(MigrationJob.class, id));
    }

    @Override
    public List<MigrationJob> jobs(int max) {
        return em.createQuery("select j from MigrationJob j order by j.id desc", MigrationJob.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<MigrationJob> unfinishedJobs() {
        return em.createQuery("select j from MigrationJob j where j.state in :s order by j.id", MigrationJob.class)
                .setParameter("s", List.of(MigrationJob.State.QUEUED, MigrationJob.State.RUNNING)).getResultList();
    }

    @Override
    public Optional<MigrationAccountRun> accountRun(long id) {
        return Optional.ofNullable(em.find(MigrationAccountRun.class, id));
    }

    @Override
    public Set<String> importedKeys(Account account) {
        return new HashSet<>(em.createQuery(
                        "select i.sourceKey from ImportedMessage i where i.accountId = :a", String.class)
                .setParameter("a", account.id()).getResultList());
    }

    @Override
    public boolean imported(Account account, String sourceKey) {
        return !em.createQuery("select i.id from ImportedMessage i where i.accountId = :a and i.sourceKey = :k",
                        Long.class)
                .setParameter("a", account.id()).setParameter("k", sourceKey).setMaxResults(1).getResultList()
                .isEmpty();
    }

    @Override
    public void recordImport(ImportedMessage imported) {
        em.persist(imported);
    }
}
