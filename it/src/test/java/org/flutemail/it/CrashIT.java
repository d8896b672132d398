package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailLoad;
import org.flutemail.it.support.MailLoad.Outcome;
import org.flutemail.it.support.MailboxProbe;
import org.junit.jupiter.api.Test;

/**
 * A 250 to the final dot is a promise: the message is on disk and will be delivered once, even
 * if the server is killed with SIGKILL a moment later. This kills the server while eight clients
 * are sending and checks the promise after a restart on the same data.
 */
@FluteServerTest(portOffset = 700)
class CrashIT {

    private static final int CLIENTS = 8;
    private static final int MESSAGES = 300;
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    private static final int STABLE_POLLS = 3;

    private final FluteServer server;
    private final FluteApi api;
    private final MailboxProbe mailboxes;

    CrashIT(FluteServer server, FluteApi api, MailboxProbe mailboxes) {
        this.server = server;
        this.api = api;
        this.mailboxes = mailboxes;
    }

    @Test
    void everyMessageAcceptedBeforeAKill9IsDeliveredExactlyOnceAfterARestart() throws Exception {
        String account = api.createAccount("crash");
        MailLoad load = new MailLoad(server, account, CLIENTS, MESSAGES);

        load.start();
        load.awaitAccepted(MESSAGES / 3, Duration.ofSeconds(120));
        server.kill9();
        load.stopAndAwait(Duration.ofSeconds(60));
        server.start();
        long inInboxAtRestart = mailboxes.messageIdCounts(account, MailboxProbe.INBOX).size();

        Map<String, Long> inbox = awaitInboxSettled(account, new HashSet<>(normalised(load.messageIds(Outcome.ACCEPTED))));

        List<String> accepted = normalised(load.messageIds(Outcome.ACCEPTED));
        Set<String> neverPromised = new HashSet<>(normalised(load.messageIds(Outcome.REFUSED)));
        neverPromised.addAll(normalised(load.messageIds(Outcome.NOT_SENT)));
        long deliveredWithoutPromise = normalised(load.messageIds(Outcome.FAILED_IN_FLIGHT)).stream()
                .filter(inbox::containsKey).count();
        System.out.printf("CrashIT on %s: %d messages from %d clients; %s; %d in INBOX right after the restart,"
                        + " %d in the end (%d of them in flight without a 250); client errors, first few: %s%n",
                server.databaseName(), MESSAGES, CLIENTS, load.summary(), inInboxAtRestart, inbox.size(),
                deliveredWithoutPromise, load.problems());

        assertThat(accepted).as("messages that got a 250 before the kill").hasSizeGreaterThanOrEqualTo(MESSAGES / 3);
        assertThat(accepted.stream().filter(id -> !inbox.containsKey(id)).toList())
                .as("accepted with a 250 but not in INBOX after the restart").isEmpty();
        assertThat(inbox.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("Message-IDs stored more than once").isEmpty();
        assertThat(inbox.keySet().stream().filter(neverPromised::contains).toList())
                .as("delivered although refused or never sent").isEmpty();
    }

    /**
     * Polls INBOX until every accepted message is there and the count has not changed for a few
     * polls (so that late duplicates would show), or until the timeout; returns the last counts.
     */
    private Map<String, Long> awaitInboxSettled(String account, Set<String> accepted) throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
        Map<String, Long> counts = mailboxes.messageIdCounts(account, MailboxProbe.INBOX);
        long total = total(counts);
        int stablePolls = 0;
        while (Instant.now().isBefore(deadline)) {
            sleep(POLL_INTERVAL);
            Map<String, Long> now = mailboxes.messageIdCounts(account, MailboxProbe.INBOX);
            stablePolls = total(now) == total ? stablePolls + 1 : 0;
            counts = now;
            total = total(now);
            if (stablePolls >= STABLE_POLLS && counts.keySet().containsAll(accepted)) {
                break;
            }
        }
        return counts;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<String> normalised(List<String> messageIds) {
        return messageIds.stream().map(MailboxProbe::normalise).collect(Collectors.toList());
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
