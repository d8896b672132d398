package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.ImapConnection;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.SmtpConnection;
import org.flutemail.it.support.SmtpConnection.Reply;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deleting a domain over REST: it refuses mail (smtplib and a raw SMTP session see why) and logins
 * (IMAP LOGIN) while pending, comes back whole when restored, and after its grace period the timer
 * removes it with its accounts, messages and their content on disk. The server's grace period is 30
 * seconds and it looks every second, so the removal happens within the test.
 */
@FluteServerTest(portOffset = 3100, properties = {"flute.domain.deletion-grace=PT30S",
        "flute.domain.deletion-check=PT1S"})
class DomainDeletionIT {

    private static final String ADMIN_PASSWORD = "Domain-Admin-Pw-1";
    private static final Duration REMOVAL_TIMEOUT = Duration.ofSeconds(120);

    private final FluteServer server;
    private final FluteApi system;
    private final MailboxProbe probe;
    private String domain;
    private String user;
    private FluteApi domainAdmin;

    DomainDeletionIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.system = api;
        this.probe = probe;
    }

    @BeforeEach
    void aDomainWithAnAccountAndItsAdministrator() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "gone-" + tag + ".test";
        user = "u@" + domain;
        system.createDomain(domain);
        system.createAccount(user, FluteApi.ACCOUNT_PASSWORD, "U");
        system.post("domains/" + domain + "/admins", Map.of("login", "da-" + tag, "password", ADMIN_PASSWORD))
                .expect(201);
        domainAdmin = system.as("da-" + tag, ADMIN_PASSWORD);
    }

    @Test
    void aPendingDomainRefusesMailAndLoginsSayingWhyAndComesBackWhenRestored() throws IOException {
        TestMessages.RawMessage before = TestMessages.simple(user, "before the deletion");
        assertThat(new PythonSmtp(server).send(TestMessages.SENDER, List.of(user), before.bytes()).sent()).isTrue();
        probe.awaitInInbox(user, before.messageId());

        JsonNode pending = system.delete("domains/" + domain).expect(202).json();
        assertThat(pending.path("state").asText()).isEqualTo("PENDING_DELETION");
        Instant due = Instant.parse(pending.path("deletionDueAt").asText());
        assertThat(due).isAfter(Instant.now().plusSeconds(5)).isBefore(Instant.now().plusSeconds(31));
        assertThat(system.get("domains/" + domain).expect(200).json().path("deletionDueAt").asText())
                .isEqualTo(pending.path("deletionDueAt").asText());

        PythonSmtp.Result refused = new PythonSmtp(server).send(TestMessages.SENDER, List.of(user),
                TestMessages.simple(user, "while pending").bytes());
        assertThat(refused.sent()).isFalse();
        Reply rcpt = rcpt(user);
        assertThat(rcpt.code()).isEqualTo(550);
        assertThat(rcpt.text()).contains("5.2.1").contains("domain is being deleted");
        assertThat(imapLogin(user)).startsWith("l NO");
        system.post("domains/" + domain + "/activate", null).expect(409);
        assertThat(system.post("domains", Map.of("name", domain)).expect(409).text()).contains("restore");
        assertThat(system.post("accounts", Map.of("address", "new@" + domain, "password", FluteApi.ACCOUNT_PASSWORD,
                "displayName", "New")).expect(409).text()).contains("pending deletion");

        JsonNode restored = system.post("domains/" + domain + "/restore", null).expect(200).json();
        assertThat(restored.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(restored.hasNonNull("deletionDueAt")).isFalse();
        assertThat(rcpt(user).code()).isEqualTo(250);
        assertThat(imapLogin(user)).startsWith("l OK");
        assertThat(probe.countInInbox(user, before.messageId())).as("the mail kept while pending").isEqualTo(1);
        system.post("domains/" + domain + "/restore", null).expect(409);
        assertThat(auditActions()).contains("domain.delete", "domain.restore");
    }

    @Test
    void afterItsGracePeriodTheDomainGoesWithItsAccountsAndTheirContent() {
        TestMessages.RawMessage kept = TestMessages.simple(user, "content to be removed");
        assertThat(new PythonSmtp(server).send(TestMessages.SENDER, List.of(user), kept.bytes()).sent()).isTrue();
        probe.awaitInInbox(user, kept.messageId());
        assertThat(blobsHolding(kept.messageId())).isNotEmpty();

        system.delete("domains/" + domain).expect(202);

        Eventually.await("the removal of " + domain, REMOVAL_TIMEOUT,
                () -> system.get("domains/" + domain).status() == 404 ? Optional.of(true) : Optional.empty(),
                () -> system.get("domains/" + domain).text());
        system.get("accounts/" + user).expect(404);
        assertThat(blobsHolding(kept.messageId())).as("content no other message uses").isEmpty();
        assertThat(auditActions()).contains("domain.remove");
        system.createDomain(domain); // the name is free again, with nothing of the old domain in it
        system.get("accounts/" + user).expect(404);
    }

    @Test
    void onlyTheSystemAdministratorDeletesOrRestores() {
        domainAdmin.delete("domains/" + domain).expect(403);
        assertThat(system.get("domains/" + domain).expect(200).json().path("state").asText()).isEqualTo("ACTIVE");
        system.delete("domains/" + domain).expect(202);
        ApiResponse refused = domainAdmin.post("domains/" + domain + "/restore", null).expect(403);
        assertThat(refused.text()).isNotBlank();
        system.post("domains/" + domain + "/restore", null).expect(200);
        system.delete("domains/no-such-" + domain).expect(404);
    }

    private Reply rcpt(String recipient) throws IOException {
        try (SmtpConnection smtp = SmtpConnection.openSession(FluteServer.HOST, server.smtpPort(),
                Duration.ofSeconds(30))) {
            smtp.command("MAIL FROM:<someone@elsewhere.test>").require(250);
            return smtp.command("RCPT TO:<" + recipient + ">");
        }
    }

    /** The tagged reply to an IMAP LOGIN. */
    private String imapLogin(String address) throws IOException {
        try (ImapConnection imap = ImapConnection.open(server, Duration.ofSeconds(30))) {
            imap.send("l LOGIN " + address + " " + FluteApi.ACCOUNT_PASSWORD + "\r\n");
            List<String> lines = imap.readUntilTagged("l");
            return lines.get(lines.size() - 1);
        }
    }

    private List<String> auditActions() {
        List<String> actions = new ArrayList<>();
        system.get("audit?target=" + domain).expect(200).json().path("entries")
                .forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    /** Blob files whose content names this Message-ID: the message's stored content on disk. */
    private List<Path> blobsHolding(String messageId) {
        byte[] needle = MailboxProbe.normalise(messageId).getBytes(StandardCharsets.US_ASCII);
        Path root = server.home().resolve("standalone/data/flute/blobs");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> contains(f, needle)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                    .contains(new String(needle, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false; // removed while we looked: not holding it
        }
    }
}
