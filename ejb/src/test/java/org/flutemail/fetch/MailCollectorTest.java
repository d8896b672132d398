package org.flutemail.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flutemail.domain.FetchErrorKind;
import org.flutemail.domain.FetchProtocol;
import org.flutemail.domain.FetchTlsMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailCollectorTest {

    private static final RemoteEndpoint ENDPOINT = new RemoteEndpoint(FetchProtocol.POP3, "pop.outside.test", 995,
            FetchTlsMode.IMPLICIT, null, "bob", "secret");

    @TempDir
    Path work;

    private final InMemoryRemoteMailbox remote = new InMemoryRemoteMailbox()
            .with("u1", "Subject: one\r\n\r\nfirst\r\n")
            .with("u2", "Subject: two\r\n\r\nsecond\r\n")
            .with("u3", "Subject: three\r\n\r\nthird\r\n");

    /** The spool and the remembered ids, committed together as the real intake does. */
    private final Map<String, String> stored = new LinkedHashMap<>();
    private final Set<String> fetched = new HashSet<>();

    private final MailCollector.Intake intake = (message, content) -> {
        if (fetched.contains(message.id())) {
            return false;
        }
        stored.put(message.id(), Files.readString(content, StandardCharsets.UTF_8));
        fetched.add(message.id());
        return true;
    };

    @Test
    void newMessagesAreTakenInWithTheirExactContentAndKnownOnesAreNotDownloaded() {
        fetched.add("u2");

        MailCollector.Result r = collect(true, 100);

        assertThat(r.failure()).isEmpty();
        assertThat(r.collected()).isEqualTo(2);
        assertThat(stored).containsExactly(Map.entry("u1", "Subject: one\r\n\r\nfirst\r\n"),
                Map.entry("u3", "Subject: three\r\n\r\nthird\r\n"));
        assertThat(remote.downloads).containsExactly("u1", "u3");
        assertThat(remote.messages).containsOnlyKeys("u1", "u2", "u3");
        assertThat(r.listed()).contains(Set.of("u1", "u2", "u3"));
    }

    @Test
    void aSecondCollectionStoresNothingTwice() {
        collect(true, 100);
        MailCollector.Result second = collect(true, 100);

        assertThat(second.collected()).isZero();
        assertThat(stored).hasSize(3);
        assertThat(remote.downloads).hasSize(3);
    }

    @Test
    void withoutACopyLeftTheServerDeletesWhatWasTakenInAndWhatWasTakenInBefore() {
        fetched.add("u2");

        MailCollector.Result r = collect(false, 100);

        assertThat(r.collected()).isEqualTo(2);
        assertThat(remote.messages).isEmpty();
        assertThat(remote.committedSessions).isEqualTo(1);
    }

    @Test
    void aConnectionCutInsideAMessageStoresNothingOfItDeletesNothingAndTheNextRunTakesItOnce() throws Exception {
        remote.cutInside = "u2";

        MailCollector.Result broken = collect(false, 100);

        assertThat(broken.failure()).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(FetchErrorKind.CONNECTION_LOST));
        assertThat(broken.collected()).isEqualTo(1);
        assertThat(stored).containsOnlyKeys("u1");
        assertThat(remote.messages).containsOnlyKeys("u1", "u2", "u3");
        try (var leftovers = Files.list(work)) {
            assertThat(leftovers).isEmpty();
        }

        MailCollector.Result next = collect(false, 100);

        assertThat(next.failure()).isEmpty();
        assertThat(next.collected()).isEqualTo(2);
        assertThat(stored).containsOnlyKeys("u1", "u2", "u3");
        assertThat(stored.get("u2")).isEqualTo("Subject: two\r\n\r\nsecond\r\n");
        assertThat(remote.messages).isEmpty();
    }

    @Test
    void aMessageAnotherCollectionTookInMeanwhileIsNotCountedButStillDeleted() {
        MailCollector.Intake lateIntake = (message, content) -> false;

        MailCollector.Result r = new MailCollector(work).collect(remote, ENDPOINT, new MailCollector.Policy(false, 100),
                Set.of(), lateIntake);

        assertThat(r.collected()).isZero();
        assertThat(remote.messages).isEmpty();
    }

    @Test
    void aFailureToStoreLocallyStopsTheRunAndDeletesNothing() {
        List<String> offered = new ArrayList<>();
        MailCollector.Intake failing = (message, content) -> {
            offered.add(message.id());
            throw new java.io.IOException("disk full");
        };

        MailCollector.Result r = new MailCollector(work).collect(remote, ENDPOINT, new MailCollector.Policy(false, 100),
                Set.of(), failing);

        assertThat(r.failure()).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(FetchErrorKind.LOCAL);
            assertThat(e.getMessage()).contains("disk full");
        });
        assertThat(offered).containsExactly("u1");
        assertThat(remote.messages).hasSize(3);
        assertThat(remote.committedSessions).isZero();
    }

    @Test
    void aRunStopsAtItsLimitAndSaysMoreIsWaiting() {
        MailCollector.Result first = collect(false, 2);

        assertThat(first.collected()).isEqualTo(2);
        assertThat(first.moreWaiting()).isTrue();
        assertThat(remote.messages).containsOnlyKeys("u3");

        MailCollector.Result second = collect(false, 2);
        assertThat(second.collected()).isEqualTo(1);
        assertThat(second.moreWaiting()).isFalse();
        assertThat(remote.messages).isEmpty();
    }

    @Test
    void aRefusedLoginIsReportedWithItsKindAndNothingListed() {
        remote.refuseLogin = new FetchException(FetchErrorKind.AUTHENTICATION, "[AUTH] Authentication failed.");

        MailCollector.Result r = collect(true, 100);

        assertThat(r.failure()).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(FetchErrorKind.AUTHENTICATION));
        assertThat(r.listed()).isEmpty();
        assertThat(stored).isEmpty();
    }

    private MailCollector.Result collect(boolean leaveCopy, int max) {
        return new MailCollector(work).collect(remote, ENDPOINT, new MailCollector.Policy(leaveCopy, max),
                Set.copyOf(fetched), intake);
    }
}
