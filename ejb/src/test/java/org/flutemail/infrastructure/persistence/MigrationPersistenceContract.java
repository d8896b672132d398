package org.flutemail.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.flutemail.domain.Account;
import org.flutemail.domain.DkimKey;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.ImportProblem;
import org.flutemail.domain.ImportedMessage;
import org.flutemail.domain.MailAlias;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageFlags;
import org.flutemail.domain.MessageSummary;
import org.flutemail.domain.MigrationAccountRun;
import org.flutemail.domain.MigrationJob;
import org.flutemail.domain.MigrationSource;
import org.flutemail.domain.SaltedPassword;
import org.flutemail.domain.StoredMessage;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The migration tables (V6) and their entities, the same on every database Flute supports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationPersistenceContract {

    private static final SaltedPassword PASSWORD = new SaltedPassword("aGFzaA==", "c2FsdA==", 4096);

    private EntityManagerFactory emf;

    protected abstract String jdbcUrl();

    protected abstract String user();

    protected void createDatabase() throws Exception {
    }

    protected void dropDatabase() throws Exception {
    }

    @BeforeAll
    void migrateAndConnect() throws Exception {
        createDatabase();
        Flyway.configure().dataSource(jdbcUrl(), user(), "").locations("classpath:db/migration").load().migrate();
        emf = new Configuration()
                .addAnnotatedClass(MailDomain.class).addAnnotatedClass(Account.class).addAnnotatedClass(MailAlias.class)
                .addAnnotatedClass(Mailbox.class).addAnnotatedClass(StoredMessage.class).addAnnotatedClass(DkimKey.class)
                .addAnnotatedClass(MigrationJob.class).addAnnotatedClass(MigrationAccountRun.class)
                .addAnnotatedClass(ImportedMessage.class)
                .setProperty("hibernate.connection.url", jdbcUrl())
                .setProperty("hibernate.connection.username", user())
                .setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .buildSessionFactory();
    }

    @AfterAll
    void close() throws Exception {
        if (emf != null) {
            emf.close();
        }
        dropDatabase();
    }

    @Test
    void aJobKeepsItsAccountReportsInOrderWithTheirProblems() {
        long[] id = new long[1];
        inTransaction(em -> {
            MigrationJob job = new MigrationJob(MigrationJob.Origin.CSV, Instant.now());
            MigrationAccountRun a = job.add(MigrationSource.server("a@x.test", MigrationSource.Protocol.IMAP, "old",
                    993, MigrationSource.Tls.IMPLICIT, "a")).fromLine(2);
            a.progress(3, 10, 2, 1);
            a.addProblem(new ImportProblem("INBOX", "UID 7", "fetch failed"));
            a.finished(null, Instant.now());
            job.add(MigrationSource.unreadable("b@x.test")).fromLine(3).reject("line 3: port");
            em.persist(job);
            em.flush();
            id[0] = job.id();
        });
        inTransaction(em -> {
            MigrationJob job = em.find(MigrationJob.class, id[0]);
            assertThat(job.accounts()).extracting(r -> r.source().address()).containsExactly("a@x.test", "b@x.test");
            MigrationAccountRun a = job.accounts().get(0);
            assertThat(a.state()).isEqualTo(MigrationAccountRun.State.DONE);
            assertThat(a.copied()).isEqualTo(10);
            assertThat(a.problems()).extracting(ImportProblem::reason).containsExactly("fetch failed");
            assertThat(job.accounts().get(1).state()).isEqualTo(MigrationAccountRun.State.REJECTED);
            job.interrupted(Instant.now());
            assertThat(job.accounts().get(0).state()).as("a finished account stays finished")
                    .isEqualTo(MigrationAccountRun.State.DONE);
        });
    }

    @Test
    void aSourceKeyIsRecordedOncePerAccountAndAnImportedMessageKeepsFlagsAndDate() {
        Account account = newAccount();
        Instant old = Instant.parse("2016-02-29T23:59:58Z");
        inTransaction(em -> {
            JpaMailboxRepository mailboxes = new JpaMailboxRepository();
            mailboxes.em = em;
            Mailbox inbox = mailboxes.lockByName(em.find(Account.class, account.id()), "INBOX").orElseThrow();
            StoredMessage m = StoredMessage.imported(inbox, "k", 10, new MessageSummary(null, null, "s", null, null),
                    new MessageFlags(true, true, false, true, List.of("$Label1", "Work")), old);
            em.persist(m);
            em.persist(new ImportedMessage(account.id(), "imap:1:1:INBOX", m.id(), Instant.now()));
        });
        inTransaction(em -> {
            JpaMigrationRepository migrations = new JpaMigrationRepository();
            migrations.em = em;
            Account a = em.find(Account.class, account.id());
            assertThat(migrations.importedKeys(a)).containsExactly("imap:1:1:INBOX");
            assertThat(migrations.imported(a, "imap:1:1:INBOX")).isTrue();
            StoredMessage m = em.createQuery("select m from StoredMessage m where m.mailbox.account = :a",
                    StoredMessage.class).setParameter("a", a).getSingleResult();
            assertThat(m.seen() && m.answered() && m.draft() && !m.flagged()).isTrue();
            assertThat(m.keywords()).isEqualTo("$Label1 Work");
            assertThat(m.internalDate()).isEqualTo(old);
        });
        assertThatThrownBy(() -> inTransaction(em ->
                em.persist(new ImportedMessage(account.id(), "imap:1:1:INBOX", null, Instant.now()))))
                .isInstanceOf(PersistenceException.class);
    }

    private Account newAccount() {
        Account[] created = new Account[1];
        inTransaction(em -> {
            MailDomain domain = new MailDomain("d" + UUID.randomUUID().toString().substring(0, 8) + ".test", Instant.now());
            em.persist(domain);
            Account account = new Account(domain, EmailAddress.parse("m@" + domain.name()), "M", PASSWORD, Instant.now());
            em.persist(account);
            em.persist(new Mailbox(account, "INBOX", null, 1));
            created[0] = account;
        });
        return created[0];
    }

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }
}
