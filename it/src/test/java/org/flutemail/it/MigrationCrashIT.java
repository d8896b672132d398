package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Flags;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.ImapPeer;
import org.flutemail.it.support.MigrationClient;
import org.junit.jupiter.api.Test;

/**
 * A migration killed with SIGKILL half way: after a restart the job shows as interrupted, and running
 * the import again copies exactly what is missing, so every message of the old server is in Flute
 * once. Peer user: user16.
 */
@FluteServerTest(portOffset = 1450)
class MigrationCrashIT {

    private static final int INBOX_MESSAGES = 400;
    private static final int ARCHIVE_MESSAGES = 100;
    private static final int BODY_OCTETS = 20_000;

    private final FluteServer server;
    private final FluteApi api;
    private final MigrationClient migrations;

    MigrationCrashIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
        this.migrations = new MigrationClient(api);
    }

    @Test
    void aSecondRunAfterAKill9CompletesTheMigrationWithoutDuplicates() {
        assumeTrue(ImapPeer.reachable(), "the reference peer (Dovecot on 127.0.0.1:" + ImapPeer.IMAP_PORT
                + ") is not running; start it with ../shared/peer/setup-peer.sh");
        Set<String> sourceIds = new HashSet<>();
        try (ImapPeer peer = ImapPeer.login("user16").clear()) {
            sourceIds.addAll(fill(peer, List.of("INBOX"), INBOX_MESSAGES));
            sourceIds.addAll(fill(peer, List.of("Archive"), ARCHIVE_MESSAGES));
        }
        String account = api.createAccount("crash-migration");
        Map<String, Object> request = Map.of("address", account, "host", ImapPeer.HOST, "port", ImapPeer.IMAP_PORT,
                "tls", "none", "login", "user16", "password", ImapPeer.PASSWORD);

        long first = migrations.importAccount(request);
        Eventually.await("some messages copied", Duration.ofSeconds(120), () -> {
            long stored = storedMessageIds(account).size();
            return stored >= 50 ? Optional.of(stored) : Optional.empty();
        }, () -> migrations.job(first));
        server.kill9();
        server.start();

        JsonNode interrupted = migrations.job(first);
        assertThat(interrupted.path("state").asText()).as("the kill came during the job").isEqualTo("INTERRUPTED");
        assertThat(MigrationClient.report(interrupted, account).path("state").asText()).isEqualTo("INTERRUPTED");
        int beforeSecondRun = storedMessageIds(account).size();
        assertThat(beforeSecondRun).isLessThan(INBOX_MESSAGES + ARCHIVE_MESSAGES);

        long second = migrations.importAccount(request);
        JsonNode report = MigrationClient.report(migrations.awaitFinished(second), account);

        List<String> stored = storedMessageIds(account);
        Map<String, Integer> counts = new HashMap<>();
        stored.forEach(id -> counts.merge(id, 1, Integer::sum));
        System.out.printf("MigrationCrashIT on %s: %d of %d messages stored before the kill; second run: %s%n",
                server.databaseName(), beforeSecondRun, sourceIds.size(), report);
        assertThat(report.path("state").asText()).as("%s", report).isEqualTo("DONE");
        assertThat(report.path("failed").asInt()).isZero();
        assertThat(report.path("copied").asInt() + report.path("skipped").asInt())
                .isEqualTo(INBOX_MESSAGES + ARCHIVE_MESSAGES);
        assertThat(report.path("skipped").asInt()).as("what the first run committed").isEqualTo(beforeSecondRun);
        assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("messages stored twice").isEmpty();
        assertThat(counts.keySet()).isEqualTo(sourceIds);
        assertThat(api.messages(account, "INBOX")).hasSize(INBOX_MESSAGES);
        assertThat(api.messages(account, "Archive")).hasSize(ARCHIVE_MESSAGES);
    }

    private static List<String> fill(ImapPeer peer, List<String> folder, int count) {
        List<String> ids = new ArrayList<>();
        List<byte[]> batch = new ArrayList<>();
        String filler = "0123456789abcdef ".repeat(BODY_OCTETS / 17 / 60 + 1);
        for (int i = 0; i < count; i++) {
            String id = String.join(".", folder) + "-" + i + "-" + System.nanoTime() + "@legacy.example";
            ids.add(id);
            StringBuilder body = new StringBuilder();
            for (int line = 0; line < 60; line++) {
                body.append(filler, 0, Math.min(filler.length(), 300)).append("\r\n");
            }
            batch.add(("From: old@legacy.example\r\nTo: user16@legacy.example\r\nSubject: crash " + i
                    + "\r\nMessage-ID: <" + id + ">\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            if (batch.size() == 50 || i == count - 1) {
                peer.append(folder, batch, Instant.parse("2020-01-01T00:00:00Z"), new Flags());
                batch.clear();
            }
        }
        return ids;
    }

    private List<String> storedMessageIds(String account) {
        List<String> ids = new ArrayList<>();
        for (String mailbox : List.of("INBOX", "Archive")) {
            if (api.mailboxes(account).stream().anyMatch(m -> m.name().equals(mailbox))) {
                api.messages(account, mailbox).forEach(m -> ids.add(m.messageId().replaceAll("[<>]", "")));
            }
        }
        return ids;
    }
}
