package org.flutemail.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;
import org.flutemail.domain.MigrationSource;
import org.flutemail.domain.MigrationJob;
import org.flutemail.domain.MigrationAccountRun;
import org.flutemail.domain.MessageFlags;
import org.flutemail.domain.ImportedMessage;
import org.flutemail.domain.ImportProblem;
import org.flutemail.domain.Account;
import org.flutemail.domain.ClassOfService;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.DeliveryRows;
import org.flutemail.domain.DkimKey;
import org.flutemail.domain.RecipientDsn;
import org.flutemail.domain.Administrator;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.FetchAccount;
import org.flutemail.domain.FetchProtocol;
import org.flutemail.domain.FetchSettings;
import org.flutemail.domain.FetchTlsMode;
import org.flutemail.domain.FetchedMessage;
import org.flutemail.domain.FlagColumns;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.MailAlias;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageStructure;
import org.flutemail.domain.MaildropLock;
import org.flutemail.domain.MailLogEntry;
import org.flutemail.domain.MailboxStatistics;
import org.flutemail.domain.MessageListing;
import org.flutemail.domain.MessageSubject;
import org.flutemail.domain.MessageSummary;
import org.flutemail.domain.Passwords;
import org.flutemail.domain.SaltedPassword;
import org.flutemail.domain.SpoolClaims;
import org.flutemail.domain.SpoolState;
import org.flutemail.domain.SpooledMessage;
import org.flutemail.domain.StoredMessage;
import org.flutemail.infrastructure.messaging.MailboxChangeNews;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The schema (Flyway migrations) and the JPA repositories, checked the same way on every database
 * Flute supports. Each subclass supplies a fresh, empty database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {

    /** A cheap hash: these tests are about storage, not password cost. */
    private static final SaltedPassword PASSWORD = new SaltedPassword("aGFzaA==", "c2FsdA==", 4096);

    private EntityManagerFactory emf;

    protected abstract String jdbcUrl();

    protected abstract String user();

    protected abstract String password();

    /** Called before anything else: make the empty database exist. */
    protected void createDatabase() throws Exception {
    }

    protected void dropDatabase() throws Exception {
    }

    @BeforeAll
    void migrateAndConnect() throws Exception {
        createDatabase();
        Flyway.configure().dataSource(jdbcUrl(), user(), password()).locations("classpath:db/migration").load().migrate();
        Configuration cfg = new Configuration()
                .addAnnotatedClass(MailDomain.class).addAnnotatedClass(Account.class)
                .addAnnotatedClass(ClassOfService.class)
                .addAnnotatedClass(MailAlias.class).addAnnotatedClass(Administrator.class)
                .addAnnotatedClass(Mailbox.class).addAnnotatedClass(StoredMessage.class)
                .addAnnotatedClass(MessageStructure.class)
                .addAnnotatedClass(SpooledMessage.class).addAnnotatedClass(DkimKey.class)
                .addAnnotatedClass(FetchAccount.class).addAnnotatedClass(FetchedMessage.class)
                .addAnnotatedClass(MaildropLock.class)
                .addAnnotatedClass(MigrationJob.class).addAnnotatedClass(MigrationAccountRun.class)
                .addAnnotatedClass(ImportedMessage.class)
                .addAnnotatedClass(org.flutemail.domain.ScheduledMessage.class)
                .addAnnotatedClass(org.flutemail.domain.Signature.class)
                .addAnnotatedClass(org.flutemail.domain.TrustedImageSender.class)
                .addAnnotatedClass(org.flutemail.domain.MailSettings.class)
                .addAnnotatedClass(org.flutemail.domain.AutoReplySent.class)
                .addAnnotatedClass(org.flutemail.domain.DomainAlias.class)
                .addAnnotatedClass(org.flutemail.domain.ServerSetting.class)
                .setProperty("hibernate.connection.url", jdbcUrl())
                .setProperty("hibernate.connection.username", user())
                .setProperty("hibernate.connection.password", password())
                .setProperty("hibernate.connection.pool_size", "10")
                .setProperty("hibernate.hbm2ddl.auto", "validate");
        emf = cfg.buildSessionFactory();
    }

    @AfterAll
    void close() throws Exception {
        if (emf != null) {
            emf.close();
        }
        dropDatabase();
    }

    @Test
    void hibernateAgreesWithTheMigratedSchema() {
        // hbm2ddl=validate above fails the whole class if an entity and the schema disagree.
        assertThat(emf.isOpen()).isTrue();
    }

    @Test
    void anAccountIsFoundByItsAddressWithItsMailboxes() {
        String domain = newDomain();
        String address = "alice@" + domain;
        newAccount(address);
        inTransaction(em -> {
            Account found = accounts(em).byAddress(address).orElseThrow();
            assertThat(found.domain().name()).isEqualTo(domain);
            assertThat(mailboxes(em).ofAccount(found)).extracting(Mailbox::name)
                    .containsExactly("INBOX", "Sent", "Drafts", "Trash", "Junk");
            assertThat(accounts(em).byAddress("nobody@" + domain)).isEmpty();
        });
    }

    @Test
    void aSpecialFolderIsFoundByItsRoleWhateverItsName() {
        String address = "roles@" + newDomain();
        newAccount(address);
        inTransaction(em -> mailboxes(em).byName(accounts(em).byAddress(address).orElseThrow(), "Junk").orElseThrow()
                .rename("垃圾邮件"));
        inTransaction(em -> {
            Account owner = accounts(em).byAddress(address).orElseThrow();
            assertThat(mailboxes(em).bySpecialUse(owner, "\\Junk")).get().extracting(Mailbox::name)
                    .isEqualTo("垃圾邮件");
            assertThat(mailboxes(em).bySpecialUse(owner, "\\Archive")).isEmpty();
        });
    }

    @Test
    void uidsAreStrictlyAscendingUnderConcurrentDelivery() throws Exception {
        String address = "busy@" + newDomain();
        newAccount(address);
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        deliver(address, "Q" + thread + "-" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        inTransaction(em -> {
            Account account = accounts(em).byAddress(address).orElseThrow();
            Mailbox inbox = mailboxes(em).byName(account, "INBOX").orElseThrow();
            List<StoredMessage> stored = messages(em).inMailbox(inbox);
            assertThat(stored).extracting(StoredMessage::uid)
                    .containsExactlyElementsOf(range(1, threads * perThread));
            assertThat(stored).extracting(StoredMessage::modseq).doesNotHaveDuplicates();
            assertThat(inbox.nextUid()).isEqualTo(threads * perThread + 1L);
        });
    }

    @Test
    void aDeliveryIsRecordedOnceAndASecondCopyIsRefusedByTheDatabase() {
        String address = "once@" + newDomain();
        newAccount(address);
        deliver(address, "QONCE");
        inTransaction(em -> assertThat(messages(em).deliveryRecorded("QONCE/" + address + "/INBOX")).isTrue());
        assertThatThrownBy(() -> deliver(address, "QONCE")).isInstanceOf(PersistenceException.class);
    }

    @Test
    void newMailIsClaimedAsRecentByOneSessionOnly() {
        String address = "recent@" + newDomain();
        newAccount(address);
        deliver(address, "R1");
        deliver(address, "R2");
        long[] seen = new long[2];
        inTransaction(em -> {
            Mailbox inbox = mailboxes(em).byName(accounts(em).byAddress(address).orElseThrow(), "INBOX").orElseThrow();
            seen[0] = inbox.id();
            seen[1] = inbox.firstRecentUid();
            assertThat(inbox.nextUid()).isEqualTo(3);
        });
        inTransaction(em -> assertThat(mailboxes(em).claimRecent(seen[0], seen[1], 3)).isTrue());
        // A second session that read the same first unclaimed UID lost the race: nothing is recent for it.
        inTransaction(em -> assertThat(mailboxes(em).claimRecent(seen[0], seen[1], 3)).isFalse());
        inTransaction(em -> assertThat(mailboxes(em)
                .byName(accounts(em).byAddress(address).orElseThrow(), "INBOX").orElseThrow().firstRecentUid())
                .isEqualTo(3));
    }

    @Test
    void statisticsCountMessagesUnseenAndOctetsPerMailbox() {
        String address = "stats@" + newDomain();
        newAccount(address);
        deliver(address, "S1");
        deliver(address, "S2");
        inTransaction(em -> {
            Account account = accounts(em).byAddress(address).orElseThrow();
            List<MailboxStatistics> stats = mailboxes(em).statistics(account);
            assertThat(stats).hasSize(5);
            MailboxStatistics inbox = stats.stream().filter(s -> s.name().equals("INBOX")).findFirst().orElseThrow();
            assertThat(inbox.messages()).isEqualTo(2);
            assertThat(inbox.unseen()).isEqualTo(2);
            assertThat(inbox.size()).isEqualTo(2 * 100);
            assertThat(stats.stream().filter(s -> s.name().equals("Trash")).findFirst().orElseThrow().messages()).isZero();
        });
    }

    @Test
    void eachMailboxKeepsWhatItsMessagesTakeAsTheyComeAndGo() {
        String address = "octets@" + newDomain();
        newAccount(address);
        inTransaction(em -> {
            long account = accounts(em).byAddress(address).orElseThrow().id();
            rows(em).append(account, "INBOX", new DeliveryRows.NewMessage("a".repeat(64), 4096,
                    new MessageSummary(null, null, null, null, null), Instant.now(), "O1/" + address + "/INBOX",
                    FlagColumns.of(Set.of()))).orElseThrow();
        });
        deliver(address, "O2");
        deliver(address, "O3");
        inTransaction(em -> {
            Account account = accounts(em).byAddress(address).orElseThrow();
            Mailbox inbox = mailboxes(em).lockByName(account, "INBOX").orElseThrow();
            Mailbox archive = mailboxes(em).lockByName(account, "Trash").orElseThrow();
            List<StoredMessage> inInbox = messages(em).inMailbox(inbox);
            messages(em).add(inInbox.get(0).copyTo(archive));
            messages(em).add(inInbox.get(1).copyTo(archive));
            messages(em).removeByUid(inbox, List.of(inInbox.get(1).uid(), 999L), inbox.nextModseq());
        });
        inTransaction(em -> {
            Account account = accounts(em).byAddress(address).orElseThrow();
            Map<String, Long> kept = new java.util.HashMap<>();
            for (Mailbox box : mailboxes(em).ofAccount(account)) {
                kept.put(box.name(), box.usedOctets());
            }
            Map<String, Long> summed = new java.util.HashMap<>();
            for (MailboxStatistics stats : mailboxes(em).statistics(account)) {
                summed.put(stats.name(), stats.size());
            }
            assertThat(kept).as("the kept totals agree with the sums of the messages").isEqualTo(summed);
            assertThat(kept).containsEntry("INBOX", 4096L + 100).containsEntry("Trash", 4096L + 100)
                    .containsEntry("Sent", 0L);
            assertThat(mailboxes(em).usedOctets(account.id())).isEqualTo(2 * (4096L + 100));
        });
    }

    @Test
    void lockingAMailboxReadEarlierInTheTransactionReadsItsCountersAnew() {
        String address = "stale@" + newDomain();
        newAccount(address);
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            Account account = accounts(em).byAddress(address).orElseThrow();
            Mailbox readBefore = mailboxes(em).byName(account, "INBOX").orElseThrow();
            assertThat(readBefore.nextUid()).isEqualTo(1);

            deliver(address, "STALE1");
            Mailbox locked = mailboxes(em).lockByName(account, "INBOX").orElseThrow();

            assertThat(locked).isSameAs(readBefore);
            assertThat(locked.nextUid()).as("the UID the other transaction took").isEqualTo(2);
            assertThat(locked.usedOctets()).isEqualTo(100);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Test
    void theWebmailListIsPagedAndSortedByTheDatabaseWithoutOverlap() {
        String address = "pages@" + newDomain();
        newAccount(address);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        inTransaction(em -> {
            Account account = accounts(em).byAddress(address).orElseThrow();
            Mailbox inbox = mailboxes(em).lockByName(account, "INBOX").orElseThrow();
            for (int i = 0; i < 7; i++) {
                // arrival order 0..6; sizes and subjects in another order; two share an arrival time
                messages(em).add(StoredMessage.deliveredTo(inbox, "0".repeat(64), 100 + (i * 3 % 7),
                        new MessageSummary("s" + (6 - i) + "@example.test", address, "subject " + (i * 5 % 7), null,
                                null), start.plusSeconds(i == 6 ? 5 : i), null));
            }
            em.flush();
        });
        inTransaction(em -> {
            Account account = accounts(em).byAddress(address).orElseThrow();
            Mailbox inbox = mailboxes(em).byName(account, "INBOX").orElseThrow();
            JpaMessageListing listing = new JpaMessageListing();
            listing.em = em;

            assertThat(listing.count(inbox)).isEqualTo(7);
            List<Long> newestFirst = new ArrayList<>();
            for (int first = 0; first < 7; first += 3) {
                listing.page(inbox, MessageListing.Column.ARRIVAL, false, first, 3).forEach(m -> newestFirst.add(m.uid()));
            }
            assertThat(newestFirst).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
            assertThat(listing.page(inbox, MessageListing.Column.SIZE, true, 0, 7)).extracting(StoredMessage::size)
                    .isSorted();
            assertThat(listing.page(inbox, MessageListing.Column.SUBJECT, true, 0, 2)).extracting(StoredMessage::subject)
                    .containsExactly("subject 0", "subject 1");
            assertThat(listing.page(inbox, MessageListing.Column.SENDER, false, 6, 5)).extracting(StoredMessage::from)
                    .containsExactly("s0@example.test");
        });
    }

    @Test
    void theRealmViewsListActiveAccountsAndAdministratorsOnly() {
        String domain = newDomain();
        newAccount("active@" + domain);
        newAccount("paused@" + domain);
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(em -> {
            accounts(em).byAddress("paused@" + domain).orElseThrow().suspend();
            JpaAdministratorRepository administrators = new JpaAdministratorRepository();
            administrators.em = em;
            administrators.add(Administrator.system(admin, PASSWORD, Instant.now()));
        });
        inTransaction(em -> {
            List<Object> logins = em.createNativeQuery(
                    "select login from realm_identity where login in (?1, ?2, ?3)")
                    .setParameter(1, "active@" + domain).setParameter(2, "paused@" + domain).setParameter(3, admin)
                    .getResultList();
            assertThat(logins.stream().map(Object::toString).toList()).containsExactlyInAnyOrder("active@" + domain, admin);
            Object[] row = (Object[]) em.createNativeQuery(
                    "select password_hash, password_salt, password_iterations from realm_identity where login = ?1")
                    .setParameter(1, "active@" + domain).getSingleResult();
            assertThat(row[0]).isEqualTo(PASSWORD.hash());
            assertThat(row[1]).isEqualTo(PASSWORD.salt());
            assertThat(((Number) row[2]).intValue()).isEqualTo(4096);
            assertThat(em.createNativeQuery("select role from realm_role where login = ?1")
                    .setParameter(1, admin).getResultList()).containsExactly("sysadmin");
        });
        inTransaction(em -> {
            domains(em).byName(domain).orElseThrow().suspend();
        });
        inTransaction(em -> assertThat(em.createNativeQuery("select login from realm_identity where login = ?1")
                .setParameter(1, "active@" + domain).getResultList()).isEmpty());
    }

    @Test
    void aMessageStructureIsFoundCopiedAndGoesWithItsMessage() {
        String address = "structured@" + newDomain();
        newAccount(address);
        deliver(address, "S1");
        deliver(address, "S2");
        long[] ids = new long[2];
        byte[] header = "Subject: \u00e9t\u00e9\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        inTransaction(em -> {
            Mailbox inbox = mailboxes(em).byName(accounts(em).byAddress(address).orElseThrow(), "INBOX").orElseThrow();
            List<StoredMessage> stored = messages(em).inMailbox(inbox);
            ids[0] = stored.get(0).id();
            ids[1] = stored.get(1).id();
            structures(em).add(new MessageStructure(ids[0], header, bytes("(env)"), bytes("(body)"), null));
        });
        inTransaction(em -> {
            structures(em).copy(ids[0], ids[1]);
            // Present already, and a message that does not exist: both left alone.
            structures(em).addIfAbsent(new MessageStructure(ids[0], null, null, null, null));
            structures(em).addIfAbsent(new MessageStructure(-1, null, null, null, null));
        });
        inTransaction(em -> {
            Map<Long, MessageStructure> found = structures(em).byMessageIds(List.of(ids[0], ids[1], -1L));
            assertThat(found).containsOnlyKeys(ids[0], ids[1]);
            assertThat(found.get(ids[1]).header()).isEqualTo(header);
            assertThat(found.get(ids[1]).envelope()).isEqualTo(bytes("(env)"));
            assertThat(found.get(ids[1]).bodyStructure()).isNull();
            Mailbox inbox = mailboxes(em).byName(accounts(em).byAddress(address).orElseThrow(), "INBOX").orElseThrow();
            assertThat(structures(em).headersIn(inbox)).containsOnlyKeys(ids[0], ids[1]);
            messages(em).removeByUid(inbox, List.of(messages(em).inMailbox(inbox).get(0).uid()), 99);
        });
        inTransaction(em -> assertThat(structures(em).byMessageIds(List.of(ids[0], ids[1]))).containsOnlyKeys(ids[1]));
    }

    @Test
    void subjectsAreReadByUidRangeInUidOrder() {
        String address = "subjects@" + newDomain();
        newAccount(address);
        List<String> subjects = java.util.Arrays.asList("Quarterly REPORT", null, "100% done", "other");
        inTransaction(em -> {
            Mailbox inbox = mailboxes(em).lockByName(accounts(em).byAddress(address).orElseThrow(), "INBOX")
                    .orElseThrow();
            for (String subject : subjects) {
                messages(em).add(StoredMessage.deliveredTo(inbox, "0".repeat(64), 100,
                        new MessageSummary("a@example.test", address, subject, null, null), Instant.now(), null));
            }
        });
        inTransaction(em -> {
            Mailbox inbox = mailboxes(em).byName(accounts(em).byAddress(address).orElseThrow(), "INBOX").orElseThrow();
            long first = messages(em).inMailbox(inbox).get(0).uid();
            assertThat(messages(em).subjects(inbox, 0, inbox.nextUid())).containsExactly(
                    new MessageSubject(first, "Quarterly REPORT"), new MessageSubject(first + 1, null),
                    new MessageSubject(first + 2, "100% done"), new MessageSubject(first + 3, "other"));
            assertThat(messages(em).subjects(inbox, first + 1, first + 3)).containsExactly(
                    new MessageSubject(first + 1, null), new MessageSubject(first + 2, "100% done"));
        });
    }

    @Test
    void aClaimThatRollsBackLeavesTheMessageWaitingAndAFailedOneStaysFailed() {
        String queueId = "CL" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(em -> spool(em).add(new SpooledMessage(queueId, new Envelope("", List.of("a@example.test"),
                Instant.now(), "127.0.0.1", "client", "server", "ESMTP", "", "", null), "0".repeat(64), 42)));
        assertThatThrownBy(() -> inTransaction(em -> {
            assertThat(claims(em).claim(queueId, Instant.now())).isPresent();
            throw new IllegalStateException("delivery failed");
        })).hasMessage("delivery failed");
        inTransaction(em -> {
            assertThat(spool(em).byQueueId(queueId).orElseThrow().state()).isEqualTo(SpoolState.ACCEPTED);
            SpoolClaims.Claimed claimed = claims(em).claim(queueId, Instant.now()).orElseThrow();
            claims(em).failed(claimed.id(), "no such user " + "x".repeat(3000), Instant.now());
        });
        inTransaction(em -> {
            SpooledMessage failed = spool(em).byQueueId(queueId).orElseThrow();
            assertThat(failed.state()).isEqualTo(SpoolState.FAILED);
            assertThat(failed.lastError()).startsWith("no such user xxx").hasSize(2000);
            assertThat(claims(em).claim(queueId, Instant.now())).isEmpty();
            assertThat(claims(em).claim("no-such-id", Instant.now())).isEmpty();
        });
    }

    @Test
    void deliveryRowsTakeAscendingUidsAndWriteWhatTheEntitiesRead() {
        String address = "rows@" + newDomain();
        newAccount(address);
        Instant arrived = Instant.parse("2026-11-30T12:00:00Z");
        Instant sent = Instant.parse("2026-11-30T11:59:00Z");
        long[] ids = new long[2];
        announcedMailboxes.clear();
        inTransaction(em -> {
            long account = accounts(em).byAddress(address).orElseThrow().id();
            ids[0] = rows(em).append(account, "INBOX", new DeliveryRows.NewMessage("a".repeat(64), 4096,
                    new MessageSummary("from@example.test", address, "first", sent, "<1@example.test>"), arrived,
                    "Q1/" + address + "/INBOX", FlagColumns.of(Set.of("\\seen", "$Junk", "\\Flagged")))).orElseThrow();
            ids[1] = rows(em).append(account, "INBOX", new DeliveryRows.NewMessage("b".repeat(64), 100,
                    new MessageSummary(null, null, null, null, null), arrived, "Q2/" + address + "/INBOX",
                    FlagColumns.of(Set.of()))).orElseThrow();
            rows(em).addStructure(new MessageStructure(ids[0], bytes("Subject: first\r\n\r\n"), bytes("(env)"),
                    bytes("(body)"), null));
            assertThat(rows(em).append(account, "No such folder", new DeliveryRows.NewMessage("c".repeat(64), 1,
                    new MessageSummary(null, null, null, null, null), arrived, null, FlagColumns.of(Set.of()))))
                    .isEmpty();
        });
        inTransaction(em -> {
            Mailbox inbox = mailboxes(em).byName(accounts(em).byAddress(address).orElseThrow(), "INBOX").orElseThrow();
            List<StoredMessage> stored = messages(em).inMailbox(inbox);
            assertThat(stored).extracting(StoredMessage::id).containsExactly(ids[0], ids[1]);
            assertThat(stored).extracting(StoredMessage::uid).containsExactly(1L, 2L);
            assertThat(stored).extracting(StoredMessage::modseq).containsExactly(2L, 3L);
            assertThat(inbox.nextUid()).isEqualTo(3);
            assertThat(announcedMailboxes).as("IMAP sessions hear of each delivery").containsExactly(inbox.id(),
                    inbox.id());
            assertThat(inbox.highestModseq()).isEqualTo(3);
            StoredMessage first = stored.get(0);
            assertThat(first.flagNames()).containsExactlyInAnyOrder("\\Seen", "\\Flagged", "$Junk");
            assertThat(first.internalDate()).isEqualTo(arrived);
            assertThat(first.sentDate()).isEqualTo(sent);
            assertThat(first.size()).isEqualTo(4096);
            assertThat(first.blobKey()).isEqualTo("a".repeat(64));
            assertThat(List.of(first.from(), first.to(), first.subject(), first.messageId()))
                    .containsExactly("from@example.test", address, "first", "<1@example.test>");
            assertThat(first.deliveryKey()).isEqualTo("Q1/" + address + "/INBOX");
            assertThat(stored.get(1).flagNames()).isEmpty();
            assertThat(stored.get(1).sentDate()).isNull();
            Map<Long, MessageStructure> structures = structures(em).byMessageIds(List.of(ids[0], ids[1]));
            assertThat(structures).containsOnlyKeys(ids[0]);
            assertThat(structures.get(ids[0]).header()).isEqualTo(bytes("Subject: first\r\n\r\n"));
            assertThat(structures.get(ids[0]).bodyStructure()).isNull();
        });
    }

    @Test
    void deliveryRowsFindAMailboxMadeEarlierInTheSameTransaction() {
        String address = "made@" + newDomain();
        newAccount(address);
        inTransaction(em -> {
            Account account = accounts(em).byAddress(address).orElseThrow();
            mailboxes(em).add(new Mailbox(account, "From outside", null, 7));
            assertThat(rows(em).append(account.id(), "From outside", new DeliveryRows.NewMessage("d".repeat(64), 10,
                    new MessageSummary(null, null, null, null, null), Instant.now(), "Q3/" + address + "/From outside",
                    FlagColumns.of(Set.of())))).isPresent();
        });
        inTransaction(em -> {
            Mailbox made = mailboxes(em).byName(accounts(em).byAddress(address).orElseThrow(), "From outside")
                    .orElseThrow();
            assertThat(messages(em).inMailbox(made)).extracting(StoredMessage::uid).containsExactly(1L);
            assertThat(made.nextUid()).isEqualTo(2);
        });
    }

    private final List<Long> announcedMailboxes = new ArrayList<>();

    private static JdbcSpoolClaims claims(EntityManager em) {
        JdbcSpoolClaims c = new JdbcSpoolClaims();
        c.em = em;
        return c;
    }

    private JdbcDeliveryRows rows(EntityManager em) {
        JdbcDeliveryRows r = new JdbcDeliveryRows();
        r.em = em;
        r.news = new MailboxChangeNews() {
            @Override
            public void changed(long id) {
                announcedMailboxes.add(id);
            }
        };
        return r;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static JpaMessageStructureRepository structures(EntityManager em) {
        JpaMessageStructureRepository r = new JpaMessageStructureRepository();
        r.em = em;
        return r;
    }

    @Test
    void deletingAnAccountDeletesItsMailboxesAndMessages() {
        String address = "leaving@" + newDomain();
        newAccount(address);
        deliver(address, "D1");
        inTransaction(em -> accounts(em).remove(accounts(em).byAddress(address).orElseThrow()));
        inTransaction(em -> {
            assertThat(accounts(em).byAddress(address)).isEmpty();
            assertThat(em.createNativeQuery("select count(*) from mail_message where delivery_key = ?1")
                    .setParameter(1, "D1/" + address + "/INBOX").getSingleResult())
                    .satisfies(n -> assertThat(((Number) n).longValue()).isZero());
        });
    }

    @Test
    void contentIsInUseWhileAMailboxOrMailNotYetFinishedHoldsIt() {
        String address = "held@" + newDomain();
        newAccount(address);
        String inMailbox = randomKey("ff");
        String waiting = randomKey("a0");
        String finished = randomKey("a0");
        deliver(address, "BR" + UUID.randomUUID().toString().substring(0, 8), inMailbox);
        String waitingId = spoolWithKey(waiting);
        String finishedId = spoolWithKey(finished);
        inTransaction(em -> claims(em).claim(finishedId, Instant.now()).orElseThrow());
        inTransaction(em -> {
            JpaBlobReferences references = references(em);
            assertThat(references.inUse(new BlobKey(inMailbox))).isTrue();
            assertThat(references.inUse(new BlobKey(waiting))).isTrue();
            assertThat(references.inUse(new BlobKey(finished))).as("delivered: the spool row is only a trace").isFalse();
            assertThat(references.inUse(new BlobKey(randomKey("a0")))).isFalse();
            assertThat(references.inUse("ff")).contains(inMailbox).allMatch(k -> k.startsWith("ff"));
            assertThat(references.inUse("a0")).contains(waiting).doesNotContain(finished).allMatch(k -> k.startsWith("a0"));
            assertThat(references.inUse("9f")).as("the range ends before a0").noneMatch(k -> k.startsWith("a0"));
        });
        assertThat(spoolState(waitingId)).isEqualTo(SpoolState.ACCEPTED);
    }

    @Test
    void theTracesOfFinishedMailGoAfterTheCutoffAndMailStillWaitingStays() {
        String waitingId = spoolWithKey(randomKey("0a"));
        String finishedId = spoolWithKey(randomKey("0a"));
        inTransaction(em -> claims(em).claim(finishedId, Instant.now()).orElseThrow());
        inTransaction(em -> em.createNativeQuery("insert into trace_step (queue_id, occurred_at, step, detail)"
                + " values (?1, ?2, 'filter', 'moved')").setParameter(1, finishedId)
                .setParameter(2, Instant.now().minusSeconds(10)).executeUpdate());
        inTransaction(em -> assertThat(retention(em).removeFinishedBefore(Instant.now().minusSeconds(3600)))
                .as("nothing is that old").isZero());

        inTransaction(em -> assertThat(retention(em).removeFinishedBefore(Instant.now().plusSeconds(60)))
                .isGreaterThanOrEqualTo(2));
        inTransaction(em -> {
            assertThat(spool(em).byQueueId(finishedId)).isEmpty();
            assertThat(spool(em).byQueueId(waitingId)).isPresent();
            assertThat(((Number) em.createNativeQuery("select count(*) from trace_step where queue_id = ?1")
                    .setParameter(1, finishedId).getSingleResult()).longValue()).isZero();
            assertThat(((Number) em.createNativeQuery("select count(*) from spooled_recipient r where not exists"
                    + " (select 1 from spooled_message s where s.id = r.spool_id)").getSingleResult()).longValue())
                    .as("recipients go with their message").isZero();
        });
    }

    private String spoolWithKey(String blobKey) {
        String queueId = "BK" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(em -> spool(em).add(new SpooledMessage(queueId, new Envelope("", List.of("a@example.test"),
                Instant.now(), "127.0.0.1", "client", "server", "ESMTP", "", "", null), blobKey, 10)));
        return queueId;
    }

    private SpoolState spoolState(String queueId) {
        SpoolState[] state = new SpoolState[1];
        inTransaction(em -> state[0] = spool(em).byQueueId(queueId).orElseThrow().state());
        return state[0];
    }

    private static String randomKey(String prefix) {
        return prefix + (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 62);
    }

    private static JpaBlobReferences references(EntityManager em) {
        JpaBlobReferences r = new JpaBlobReferences();
        r.em = em;
        return r;
    }

    private static JpaMessageTraces retention(EntityManager em) {
        JpaMessageTraces r = new JpaMessageTraces();
        r.em = em;
        return r;
    }

    @Test
    void waitingSpoolEntriesAreFoundForRecoveryAndLockedForProcessing() {
        String queueId = "SP" + UUID.randomUUID().toString().substring(0, 8);
        Instant received = Instant.parse("2026-01-01T00:00:00Z");
        inTransaction(em -> spool(em).add(new SpooledMessage(queueId,
                new Envelope("", List.of("a@example.test", "b@example.test"), received, "127.0.0.1", "client",
                        "server", "ESMTP", "", "", new DeliveryOptions("8BITMIME", true, "HDRS", "env-1",
                                Map.of("b@example.test", new RecipientDsn(List.of("SUCCESS", "DELAY"),
                                        "rfc822;B@example.test")))),
                "0".repeat(64), 42)));
        inTransaction(em -> {
            assertThat(spool(em).pendingSince(received.plusSeconds(1), "", 100_000)).contains(queueId);
            assertThat(spool(em).pendingSince(received, "", 100_000)).doesNotContain(queueId);
            assertThat(spool(em).pendingSince(received.plusSeconds(1), queueId, 100_000))
                    .as("the page after this queue id").doesNotContain(queueId);
            SpooledMessage locked = spool(em).byQueueId(queueId).orElseThrow();
            assertThat(locked.envelope().recipients()).containsExactly("a@example.test", "b@example.test");
            assertThat(locked.envelope().reversePath()).isEmpty();
            DeliveryOptions options = locked.envelope().options();
            assertThat(options.bodyType()).isEqualTo("8BITMIME");
            assertThat(options.smtpUtf8()).isTrue();
            assertThat(options.dsnReturn()).isEqualTo("HDRS");
            assertThat(options.dsnEnvelopeId()).isEqualTo("env-1");
            assertThat(options.forRecipient("a@example.test")).isEqualTo(RecipientDsn.DEFAULT);
            assertThat(options.forRecipient("b@example.test").notifyOn()).containsExactly("SUCCESS", "DELAY");
            assertThat(options.forRecipient("b@example.test").original()).isEqualTo("rfc822;B@example.test");
            SpoolClaims.Claimed claimed = claims(em).claim(queueId, Instant.now()).orElseThrow();
            assertThat(claimed.envelope()).as("the claim's one query reads what the entity reads")
                    .isEqualTo(locked.envelope());
            assertThat(claimed.blobKey()).isEqualTo("0".repeat(64));
            assertThat(claimed.size()).isEqualTo(42);
            assertThat(claimed.id()).isEqualTo(locked.id());
            assertThat(claims(em).claim(queueId, Instant.now())).as("claimed once").isEmpty();
        });
        inTransaction(em -> {
            assertThat(claims(em).claim(queueId, Instant.now())).as("claimed in an earlier commit").isEmpty();
            assertThat(spool(em).byQueueId(queueId).orElseThrow().state()).isEqualTo(SpoolState.DONE);
            assertThat(spool(em).pendingSince(Instant.now(), "", 100_000)).doesNotContain(queueId);
        });
    }

    @Test
    void spoolRowsWrittenTogetherAsPlainStatementsReadBackAsTheEntityWritesThem() {
        String prefix = "SB" + UUID.randomUUID().toString().substring(0, 8);
        Instant received = Instant.parse("2026-11-30T21:00:00.123Z");
        Envelope withDsn = new Envelope("sender@example.test", List.of("a@example.test", "b@example.test",
                "c@example.test"), received, "192.0.2.7", "client.example", "mx.example", "ESMTPSA",
                "TLS_AES_128_GCM_SHA256", "sender@example.test", new DeliveryOptions("8BITMIME", true, "FULL",
                        "env-7", Map.of("b@example.test", new RecipientDsn(List.of("FAILURE"), "rfc822;B@example.test"))),
                "Archive");
        Envelope plain = new Envelope("", List.of("d@example.test"), received, "127.0.0.1", "client", "server",
                "ESMTP", "", "", null);
        inTransaction(em -> {
            spool(em).addAll(List.of(new SpooledMessage(prefix + "-1", withDsn, "ab".repeat(32), 4096),
                    new SpooledMessage(prefix + "-2", plain, "cd".repeat(32), 10)));
            spool(em).add(new SpooledMessage(prefix + "-3", withDsn, "ef".repeat(32), 4096));
        });
        inTransaction(em -> {
            SpooledMessage first = spool(em).byQueueId(prefix + "-1").orElseThrow();
            SpooledMessage byEntity = spool(em).byQueueId(prefix + "-3").orElseThrow();
            assertThat(first.envelope()).as("the plain rows read as the entity's own").isEqualTo(byEntity.envelope());
            Envelope read = first.envelope();
            assertThat(List.of(read.reversePath(), read.clientAddress(), read.clientName(), read.serverName(),
                    read.protocol(), read.tlsCipher(), read.authUser(), read.targetFolder())).isEqualTo(List.of(
                    withDsn.reversePath(), withDsn.clientAddress(), withDsn.clientName(), withDsn.serverName(),
                    withDsn.protocol(), withDsn.tlsCipher(), withDsn.authUser(), withDsn.targetFolder()));
            assertThat(read.recipients()).containsExactly("a@example.test", "b@example.test", "c@example.test");
            assertThat(read.receivedAt()).isEqualTo(received);
            assertThat(read.options().forRecipient("b@example.test"))
                    .isEqualTo(new RecipientDsn(List.of("FAILURE"), "rfc822;B@example.test"));
            assertThat(read.options().forRecipient("c@example.test")).isEqualTo(RecipientDsn.DEFAULT);
            assertThat(List.of(read.options().bodyType(), read.options().dsnReturn(), read.options().dsnEnvelopeId()))
                    .containsExactly("8BITMIME", "FULL", "env-7");
            assertThat(read.options().smtpUtf8()).isTrue();
            assertThat(first.state()).isEqualTo(SpoolState.ACCEPTED);
            assertThat(first.blobKey()).isEqualTo("ab".repeat(32));
            assertThat(first.size()).isEqualTo(4096);
            assertThat(first.lastError()).isNull();
            Envelope second = spool(em).byQueueId(prefix + "-2").orElseThrow().envelope();
            assertThat(second.recipients()).isEqualTo(plain.recipients());
            assertThat(second.reversePath()).isEmpty();
            assertThat(second.targetFolder()).isNull();
            assertThat(second.options().bodyType()).isEqualTo("7BIT");
            assertThat(spool(em).pendingSince(received.plusSeconds(1), prefix, 100))
                    .as("waiting, last changed when received").startsWith(prefix + "-1", prefix + "-2");
            assertThat(claims(em).claim(prefix + "-1", Instant.now()).orElseThrow().envelope()).isEqualTo(read);
        });
    }

    @Test
    void activeDkimKeysAreFoundByDomainNameAndGoWithTheirDomain() {
        String domain = newDomain();
        inTransaction(em -> {
            MailDomain d = domains(em).byName(domain).orElseThrow();
            dkimKeys(em).add(new DkimKey(d, "old", "rsa-sha256", "cHJpdmF0ZQ==", "cHVibGlj", Instant.now()));
            dkimKeys(em).add(new DkimKey(d, "new", "ed25519-sha256", "cHJpdmF0ZQ==", "cHVibGlj", Instant.now()));
        });
        inTransaction(em -> dkimKeys(em).bySelector(domains(em).byName(domain).orElseThrow(), "old").orElseThrow()
                .deactivate());
        inTransaction(em -> {
            assertThat(dkimKeys(em).activeFor(domain)).extracting(DkimKey::selector).containsExactly("new");
            assertThat(dkimKeys(em).ofDomain(domains(em).byName(domain).orElseThrow())).extracting(DkimKey::selector)
                    .containsExactly("old", "new");
            assertThat(dkimKeys(em).activeFor("other.test")).isEmpty();
            domains(em).byName(domain).orElseThrow().suspend();
        });
        inTransaction(em -> assertThat(dkimKeys(em).activeFor(domain)).isEmpty());
        long[] id = new long[1];
        inTransaction(em -> {
            MailDomain d = domains(em).byName(domain).orElseThrow();
            id[0] = d.id();
            domains(em).removeWithData(d);
        });
        inTransaction(em -> assertThat(((Number) em.createNativeQuery("select count(*) from dkim_key where domain_id = ?1")
                .setParameter(1, id[0]).getSingleResult()).longValue()).isZero());
    }

    @Test
    void aCollectedMessageIsRememberedOnceAndGoesWithItsFetchAccountAndAccount() {
        String address = "collector@" + newDomain();
        newAccount(address);
        long[] id = new long[2];
        inTransaction(em -> {
            Account account = accounts(em).byAddress(address).orElseThrow();
            FetchAccount f = new FetchAccount(account, new FetchSettings(FetchProtocol.IMAP, "imap.outside.test", 993,
                    FetchTlsMode.IMPLICIT, null, "bob", "Outside", false, 5, true), "v1:secret", Instant.now());
            fetchAccounts(em).add(f);
            FetchAccount other = new FetchAccount(account, new FetchSettings(FetchProtocol.POP3, "pop.outside.test",
                    995, FetchTlsMode.IMPLICIT, null, "bob", null, true, 5, false), "v1:secret", Instant.now());
            fetchAccounts(em).add(other);
            id[0] = f.id();
            id[1] = other.id();
        });
        inTransaction(em -> fetchAccounts(em).recordFetched(new FetchedMessage(id[0], "17:1", "Q1", Instant.now())));
        assertThatThrownBy(() -> inTransaction(em -> fetchAccounts(em).recordFetched(
                new FetchedMessage(id[0], "17:1", "Q2", Instant.now())))).isInstanceOf(PersistenceException.class);
        inTransaction(em -> {
            fetchAccounts(em).recordFetched(new FetchedMessage(id[0], "17:2", "Q3", Instant.now()));
            fetchAccounts(em).recordFetched(new FetchedMessage(id[1], "17:1", "Q4", Instant.now()));
        });
        inTransaction(em -> {
            assertThat(fetchAccounts(em).wasFetched(id[0], "17:1")).isTrue();
            assertThat(fetchAccounts(em).fetchedIds(id[0])).containsExactlyInAnyOrder("17:1", "17:2");
            fetchAccounts(em).forgetFetched(id[0], List.of("17:1"));
        });
        inTransaction(em -> {
            assertThat(fetchAccounts(em).fetchedIds(id[0])).containsExactly("17:2");
            List<FetchAccount> locked = fetchAccounts(em).lockAllOfOwner(id[1]);
            assertThat(locked).extracting(FetchAccount::id).containsExactly(id[0], id[1]);
            assertThat(fetchAccounts(em).due(Instant.now().plusSeconds(1), 1000)).contains(id[0]).doesNotContain(id[1]);
            assertThat(fetchAccounts(em).lockAllOfOwner(-1)).isEmpty();
        });
        inTransaction(em -> accounts(em).remove(accounts(em).byAddress(address).orElseThrow()));
        inTransaction(em -> assertThat(((Number) em.createNativeQuery(
                "select count(*) from fetched_message where fetch_account_id in (?1, ?2)")
                .setParameter(1, id[0]).setParameter(2, id[1]).getSingleResult()).longValue()).isZero());
    }

    @Test
    void aSpooledMessageKeepsTheFolderItIsToBeDeliveredTo() {
        String queueId = "SF" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(em -> spool(em).add(new SpooledMessage(queueId,
                new Envelope("", List.of("a@example.test"), Instant.now(), "198.51.100.4", "pop.outside.test",
                        "server", "POP3", "", "", null, "From outside"), "0".repeat(64), 42)));
        inTransaction(em -> {
            Envelope e = spool(em).byQueueId(queueId).orElseThrow().envelope();
            assertThat(e.targetFolder()).isEqualTo("From outside");
            assertThat(e.protocol()).isEqualTo("POP3");
        });
    }

    @Test
    void aMaildropLockIsRenewedAndReleasedOnlyByItsHolderAndGoesWithItsAccount() {
        String address = "popper@" + newDomain();
        newAccount(address);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        Duration lease = Duration.ofMinutes(12);
        inTransaction(em -> maildropLocks(em).add(new MaildropLock(accounts(em).byAddress(address).orElseThrow(),
                new MaildropLock.Holder("token-1", "node-a", "start-1"), t0, lease)));

        inTransaction(em -> {
            assertThat(maildropLocks(em).renew("token-1", t0.plus(Duration.ofHours(1)))).isTrue();
            assertThat(maildropLocks(em).renew("token-2", t0.plus(Duration.ofHours(1)))).isFalse();
            maildropLocks(em).release("token-2");
        });
        inTransaction(em -> {
            MaildropLock lock = maildropLocks(em).of(accounts(em).byAddress(address).orElseThrow()).orElseThrow();
            assertThat(lock.holder()).isEqualTo("token-1");
            assertThat(lock.expiresAt()).isEqualTo(t0.plus(Duration.ofHours(1)));
            lock.takeOver(new MaildropLock.Holder("token-3", "node-a", "start-2"), t0, lease);
        });
        inTransaction(em -> {
            assertThat(maildropLocks(em).renew("token-1", t0)).isFalse();
            maildropLocks(em).release("token-3");
        });
        inTransaction(em -> assertThat(maildropLocks(em).of(accounts(em).byAddress(address).orElseThrow())).isEmpty());

        inTransaction(em -> maildropLocks(em).add(new MaildropLock(accounts(em).byAddress(address).orElseThrow(),
                new MaildropLock.Holder("token-4", "node-a", "start-2"), t0, lease)));
        inTransaction(em -> accounts(em).remove(accounts(em).byAddress(address).orElseThrow()));
        inTransaction(em -> assertThat(maildropLocks(em).renew("token-4", t0)).isFalse());
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
        Account account = newImportTarget();
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

    @Test
    void aDomainAliasIsFoundByNameIsUniqueAndGoesWithItsDomain() {
        String domain = newDomain();
        String alias = "alias-" + domain;
        inTransaction(em -> domainAliases(em).add(new org.flutemail.domain.DomainAlias(alias,
                domains(em).byName(domain).orElseThrow(), Instant.now())));
        inTransaction(em -> {
            assertThat(domainAliases(em).byName(alias).orElseThrow().domain().name()).isEqualTo(domain);
            assertThat(domainAliases(em).of(domains(em).byName(domain).orElseThrow()))
                    .extracting(org.flutemail.domain.DomainAlias::name).containsExactly(alias);
        });
        assertThatThrownBy(() -> inTransaction(em -> {
            domainAliases(em).add(new org.flutemail.domain.DomainAlias(alias, domains(em).byName(domain).orElseThrow(),
                    Instant.now()));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
        inTransaction(em -> domains(em).removeWithData(domains(em).byName(domain).orElseThrow()));
        inTransaction(em -> assertThat(domainAliases(em).byName(alias)).isEmpty());
    }

    @Test
    void aServerSettingIsStoredChangedAndRemoved() {
        String name = "s" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(em -> settings(em).add(new org.flutemail.domain.ServerSetting(name, "10.0.0.0/8", Instant.now())));
        inTransaction(em -> settings(em).byName(name).orElseThrow().change("x".repeat(4000), Instant.now()));
        inTransaction(em -> {
            assertThat(settings(em).byName(name).orElseThrow().value()).hasSize(4000);
            assertThat(settings(em).all()).extracting(org.flutemail.domain.ServerSetting::name).contains(name);
            settings(em).remove(settings(em).byName(name).orElseThrow());
        });
        inTransaction(em -> assertThat(settings(em).byName(name)).isEmpty());
    }

    @Test
    void logLinesAndStatisticsHoursBeforeTheCutoffAreRemovedAndLaterOnesKept() {
        String account = "expiry-" + UUID.randomUUID().toString().substring(0, 8) + "@log.test";
        String metric = "m" + UUID.randomUUID().toString().substring(0, 8);
        Instant cutoff = Instant.parse("2003-01-01T00:00:00Z");
        inTransaction(em -> {
            mailLog(em).addAll(List.of(logLine(account, cutoff.minusSeconds(1)), logLine(account, cutoff)));
            statistics(em).add(List.of(
                    new org.flutemail.domain.StatisticsRepository.HourFigure(cutoff.getEpochSecond() - 3600, "*", metric, 2),
                    new org.flutemail.domain.StatisticsRepository.HourFigure(cutoff.getEpochSecond(), "*", metric, 3)));
        });
        inTransaction(em -> {
            assertThat(mailLog(em).removeBefore(cutoff)).isGreaterThanOrEqualTo(1);
            assertThat(statistics(em).removeHoursBefore(cutoff)).isGreaterThanOrEqualTo(1);
        });
        inTransaction(em -> {
            org.flutemail.domain.MailLogRepository.Criteria mine =
                    new org.flutemail.domain.MailLogRepository.Criteria(null, null, account, null, null, null);
            assertThat(mailLog(em).search(mine, 0, 10)).extracting(MailLogEntry::occurredAt).containsExactly(cutoff);
            assertThat(statistics(em).hours(0, Long.MAX_VALUE, java.util.Set.of("*")))
                    .filteredOn(f -> f.metric().equals(metric))
                    .extracting(org.flutemail.domain.StatisticsRepository.HourFigure::hourStart)
                    .containsExactly(cutoff.getEpochSecond());
        });
    }

    private static MailLogEntry logLine(String account, Instant at) {
        return new MailLogEntry(at, MailLogEntry.LOGIN, "IMAP", "192.0.2.1", account, null, null, "log.test", null,
                "success", "");
    }

    private static JpaMailLogRepository mailLog(EntityManager em) {
        JpaMailLogRepository r = new JpaMailLogRepository();
        r.em = em;
        return r;
    }

    private static JpaStatisticsRepository statistics(EntityManager em) {
        JpaStatisticsRepository r = new JpaStatisticsRepository();
        r.em = em;
        return r;
    }

    private static JpaDomainAliasRepository domainAliases(EntityManager em) {
        JpaDomainAliasRepository r = new JpaDomainAliasRepository();
        r.em = em;
        return r;
    }

    private static JpaServerSettingRepository settings(EntityManager em) {
        JpaServerSettingRepository r = new JpaServerSettingRepository();
        r.em = em;
        return r;
    }

    @Test
    void aDomainPastItsGracePeriodGoesWithItsDataAndFreesOnlyTheContentNoOtherMessageUses() {
        String doomed = newDomain();
        String kept = newDomain();
        newAccount("a@" + doomed);
        newAccount("b@" + kept);
        String own = "1".repeat(64);
        String shared = "2".repeat(64);
        deliver("a@" + doomed, "q-own", own);
        deliver("a@" + doomed, "q-shared", shared);
        deliver("b@" + kept, "q-kept", shared);
        String onlyHere = spool(List.of("a@" + doomed, "A@" + doomed.toUpperCase()), "3".repeat(64), true);
        String alsoElsewhere = spool(List.of("a@" + doomed, "b@" + kept), "4".repeat(64), true);
        String stillWaiting = spool(List.of("a@" + doomed), "5".repeat(64), false);
        inTransaction(em -> em.persist(new MailAlias(domains(em).byName(doomed).orElseThrow(),
                EmailAddress.parse("info@" + doomed), List.of(EmailAddress.parse("a@" + doomed)), Instant.now())));
        Instant due = Instant.parse("2026-01-08T00:00:00Z");
        inTransaction(em -> domains(em).byName(doomed).orElseThrow().scheduleDeletion(due));

        inTransaction(em -> {
            assertThat(domains(em).dueForRemoval(due.minusSeconds(1))).extracting(MailDomain::name)
                    .doesNotContain(doomed);
            assertThat(domains(em).dueForRemoval(due)).extracting(MailDomain::name).contains(doomed)
                    .doesNotContain(kept);
        });
        List<Set<String>> freed = new ArrayList<>();
        inTransaction(em -> freed.add(domains(em).removeWithData(domains(em).byName(doomed).orElseThrow())));

        assertThat(freed.get(0)).as("what the domain used").containsExactlyInAnyOrder(own, shared, "3".repeat(64));
        inTransaction(em -> {
            assertThat(references(em).inUse(new BlobKey(own))).isFalse();
            assertThat(references(em).inUse(new BlobKey("3".repeat(64)))).isFalse();
            assertThat(references(em).inUse(new BlobKey(shared))).as("the other domain's message").isTrue();
            assertThat(domains(em).byName(doomed)).isEmpty();
            assertThat(accounts(em).byAddress("a@" + doomed)).isEmpty();
            assertThat(em.createQuery("select count(a) from MailAlias a where a.address = :a", Long.class)
                    .setParameter("a", "info@" + doomed).getSingleResult()).isZero();
            assertThat(em.createQuery("select count(m) from StoredMessage m where m.blobKey = :k", Long.class)
                    .setParameter("k", shared).getSingleResult()).isEqualTo(1);
            assertThat(accounts(em).byAddress("b@" + kept)).isPresent();
            assertThat(spool(em).byQueueId(onlyHere)).as("processed mail only for the domain").isEmpty();
            assertThat(spool(em).byQueueId(alsoElsewhere)).isPresent();
            assertThat(spool(em).byQueueId(stillWaiting)).isPresent();
        });
    }

    /** A spooled message to {@code recipients}, processed or still waiting; returns its queue id. */
    private String spool(List<String> recipients, String blobKey, boolean processed) {
        String queueId = "SP" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(em -> {
            SpooledMessage message = new SpooledMessage(queueId, new Envelope("a@example.test", recipients,
                    Instant.now(), "127.0.0.1", "client", "server", "ESMTP", "", "",
                    new DeliveryOptions(null, false, null, null, Map.of())), blobKey, 42);
            if (processed) {
                message.done(Instant.now());
            }
            spool(em).add(message);
        });
        return queueId;
    }

    // --- helpers -------------------------------------------------------------------------------

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

    private String newDomain() {
        String name = "d" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        inTransaction(em -> domains(em).add(new MailDomain(name, Instant.now())));
        return name;
    }

    private void newAccount(String address) {
        inTransaction(em -> {
            EmailAddress parsed = EmailAddress.parse(address);
            MailDomain domain = domains(em).byName(parsed.domain()).orElseThrow();
            Account account = new Account(domain, parsed, "Test", PASSWORD, Instant.now());
            accounts(em).add(account);
            for (String[] folder : Mailbox.DEFAULT_FOLDERS) {
                mailboxes(em).add(new Mailbox(account, folder[0], folder[1], 1));
            }
        });
    }

    private void deliver(String address, String queueId) {
        deliver(address, queueId, "0".repeat(64));
    }

    private void deliver(String address, String queueId, String blobKey) {
        inTransaction(em -> {
            Account account = accounts(em).byAddress(address).orElseThrow();
            Mailbox inbox = mailboxes(em).lockByName(account, "INBOX").orElseThrow();
            messages(em).add(StoredMessage.deliveredTo(inbox, blobKey, 100,
                    new MessageSummary("a@example.test", address, "s", null, "<" + queueId + ">"),
                    Instant.now(), queueId + "/" + address + "/INBOX"));
            em.flush();
        });
    }

    private static JpaDomainRepository domains(EntityManager em) {
        JpaDomainRepository r = new JpaDomainRepository();
        r.em = em;
        return r;
    }

    private static JpaAccountRepository accounts(EntityManager em) {
        JpaAccountRepository r = new JpaAccountRepository();
        r.em = em;
        return r;
    }

    private static JpaMailboxRepository mailboxes(EntityManager em) {
        JpaMailboxRepository r = new JpaMailboxRepository();
        r.em = em;
        return r;
    }

    private static JpaMessageRepository messages(EntityManager em) {
        JpaMessageRepository r = new JpaMessageRepository();
        r.em = em;
        return r;
    }

    private static JpaDkimKeyRepository dkimKeys(EntityManager em) {
        JpaDkimKeyRepository r = new JpaDkimKeyRepository();
        r.em = em;
        return r;
    }

    private static JpaFetchAccountRepository fetchAccounts(EntityManager em) {
        JpaFetchAccountRepository r = new JpaFetchAccountRepository();
        r.em = em;
        return r;
    }

    private static JpaMaildropLockRepository maildropLocks(EntityManager em) {
        JpaMaildropLockRepository r = new JpaMaildropLockRepository();
        r.em = em;
        return r;
    }

    private static JpaSpoolRepository spool(EntityManager em) {
        JpaSpoolRepository r = new JpaSpoolRepository();
        r.em = em;
        return r;
    }

    private static List<Long> range(long from, long to) {
        List<Long> r = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            r.add(i);
        }
        return r;
    }

    static String randomName() {
        return "flute_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void mailSettingsKeepTheirRulesInOrderAndGoWithTheirAccount() {
        String address = "rules@" + newDomain();
        newAccount(address);
        inTransaction(em -> {
            org.flutemail.domain.MailSettings settings = new org.flutemail.domain.MailSettings(
                    accounts(em).byAddress(address).orElseThrow());
            settings.replaceRules(List.of(
                    new org.flutemail.domain.MailRule(org.flutemail.domain.RuleField.SUBJECT, null,
                            org.flutemail.domain.RuleOperator.CONTAINS, "发票", org.flutemail.domain.RuleAction.MOVE,
                            "发票", true),
                    new org.flutemail.domain.MailRule(org.flutemail.domain.RuleField.SIZE, null,
                            org.flutemail.domain.RuleOperator.GREATER_THAN, "500",
                            org.flutemail.domain.RuleAction.FLAG, null, false)));
            settings.changeSenderLists(org.flutemail.domain.SenderList.parse("spam.test"),
                    org.flutemail.domain.SenderList.EMPTY);
            mailSettings(em).add(settings);
        });
        inTransaction(em -> {
            org.flutemail.domain.MailSettings found = mailSettings(em)
                    .ofAccount(accounts(em).byAddress(address).orElseThrow()).orElseThrow();
            assertThat(found.rules()).extracting(org.flutemail.domain.MailRule::value).containsExactly("发票", "500");
            assertThat(found.rules().get(0).stopProcessing()).isTrue();
            assertThat(found.blockedSenders().matches("x@spam.test")).isTrue();
            assertThat(found.autoReply().intervalDays()).isEqualTo(7);
        });
        inTransaction(em -> accounts(em).remove(accounts(em).byAddress(address).orElseThrow()));
        inTransaction(em -> assertThat(((Number) em.createNativeQuery("select count(*) from mail_rule")
                .getSingleResult()).longValue()).isZero());
    }

    @Test
    void aSenderIsRememberedAsAnsweredOncePerAccount() {
        String address = "away@" + newDomain();
        newAccount(address);
        long[] id = new long[1];
        inTransaction(em -> {
            id[0] = accounts(em).byAddress(address).orElseThrow().id();
            autoReplies(em).add(new org.flutemail.domain.AutoReplySent(id[0], "bob@remote.test", Instant.now()));
        });
        inTransaction(em -> assertThat(autoReplies(em).lock(id[0], "bob@remote.test")).isPresent());
        assertThatThrownBy(() -> inTransaction(em -> {
            autoReplies(em).add(new org.flutemail.domain.AutoReplySent(id[0], "bob@remote.test", Instant.now()));
            em.flush();
        })).as("a second reply record for the same sender").isInstanceOf(PersistenceException.class);
    }

    @Test
    void aTrustedImageSenderIsFoundOncePerAccountAndGoesWithItsAccount() {
        String address = "images@" + newDomain();
        newAccount(address);
        EmailAddress sender = EmailAddress.parse("news@shop.test");
        inTransaction(em -> trustedSenders(em).add(new org.flutemail.domain.TrustedImageSender(
                accounts(em).byAddress(address).orElseThrow(), sender, Instant.now())));
        inTransaction(em -> {
            Account owner = accounts(em).byAddress(address).orElseThrow();
            assertThat(trustedSenders(em).find(owner, sender)).isPresent();
            assertThat(trustedSenders(em).find(owner, EmailAddress.parse("other@shop.test"))).isEmpty();
            assertThat(trustedSenders(em).ofAccount(owner)).extracting(org.flutemail.domain.TrustedImageSender::address)
                    .containsExactly("news@shop.test");
        });
        assertThatThrownBy(() -> inTransaction(em -> {
            trustedSenders(em).add(new org.flutemail.domain.TrustedImageSender(
                    accounts(em).byAddress(address).orElseThrow(), sender, Instant.now()));
            em.flush();
        })).as("the same sender trusted twice").isInstanceOf(PersistenceException.class);
        inTransaction(em -> accounts(em).remove(accounts(em).byAddress(address).orElseThrow()));
        inTransaction(em -> assertThat(((Number) em.createNativeQuery(
                "select count(*) from trusted_image_sender where address = 'news@shop.test'").getSingleResult())
                .longValue()).isZero());
    }

    private static JpaTrustedImageSenderRepository trustedSenders(EntityManager em) {
        JpaTrustedImageSenderRepository r = new JpaTrustedImageSenderRepository();
        r.em = em;
        return r;
    }

    private static JpaMailSettingsRepository mailSettings(EntityManager em) {
        JpaMailSettingsRepository r = new JpaMailSettingsRepository();
        r.em = em;
        return r;
    }

    private static JpaAutoReplySentRepository autoReplies(EntityManager em) {
        JpaAutoReplySentRepository r = new JpaAutoReplySentRepository();
        r.em = em;
        return r;
    }

    private Account newImportTarget() {
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
}
