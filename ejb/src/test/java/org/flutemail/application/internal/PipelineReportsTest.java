package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flutemail.application.DeliveryReports;
import org.flutemail.application.DeliveryReports.RecipientReport;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.RecipientDsn;
import org.flutemail.domain.SpoolClaims;
import org.junit.jupiter.api.Test;

class PipelineReportsTest {

    private static final Instant ARRIVED = Instant.parse("2026-12-01T04:00:00Z");

    private final List<DeliveryReports.Report> sent = new ArrayList<>();
    private final PipelineReports reports = new PipelineReports();

    PipelineReportsTest() {
        reports.spooler = new DeliveryReportSpooler() {
            @Override
            public void send(DeliveryReports.Report report) {
                sent.add(report);
            }
        };
    }

    @Test
    void theSenderGetsOneReportNamingEachFailedRecipientWithItsStatus() {
        DeliveryOptions options = new DeliveryOptions("8BITMIME", false, "FULL", "env-1",
                Map.of("full@example.test", RecipientDsn.of("FAILURE", "rfc822;Full@Example.test")));
        report(claimed("hank@example.test", options), List.of(
                new SpoolMailetContext.Failure("full@example.test", "5.2.2", "mailbox full@example.test is full"),
                new SpoolMailetContext.Failure("gone@example.test", "5.1.1", "no account gone@example.test")), List.of());

        assertThat(sent).singleElement().satisfies(report -> {
            assertThat(report.reversePath()).isEqualTo("hank@example.test");
            assertThat(report.queueId()).isEqualTo("Q1");
            assertThat(report.originalBlobKey()).isEqualTo("blob-1");
            assertThat(report.envelopeId()).isEqualTo("env-1");
            assertThat(report.returnFull()).isTrue();
            assertThat(report.arrival()).isEqualTo(ARRIVED);
            assertThat(report.recipients()).extracting(RecipientReport::address, RecipientReport::original,
                    RecipientReport::status, RecipientReport::diagnostic).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("full@example.test", "rfc822;Full@Example.test", "5.2.2",
                            "552 5.2.2 mailbox full@example.test is full"),
                    org.assertj.core.groups.Tuple.tuple("gone@example.test", "", "5.1.1",
                            "550 5.1.1 no account gone@example.test"));
            assertThat(report.recipients()).allSatisfy(r ->
                    assertThat(r.action()).isEqualTo(DeliveryReports.Action.FAILED));
        });
    }

    @Test
    void nothingGoesToTheNullSender() {
        DeliveryOptions options = new DeliveryOptions("7BIT", false, "", "",
                Map.of("ann@example.test", RecipientDsn.of("SUCCESS", "")));
        report(claimed("", options), List.of(
                new SpoolMailetContext.Failure("full@example.test", "5.2.2", "full")), List.of("ann@example.test"));
        assertThat(sent).isEmpty();
    }

    @Test
    void recipientsThatAskedNotToBeReportedOnAreLeftOut() {
        DeliveryOptions options = new DeliveryOptions("7BIT", false, "", "",
                Map.of("quiet@example.test", RecipientDsn.of("NEVER", ""),
                        "delays@example.test", RecipientDsn.of("DELAY", "")));
        report(claimed("hank@example.test", options), List.of(
                new SpoolMailetContext.Failure("quiet@example.test", "5.2.2", "full"),
                new SpoolMailetContext.Failure("delays@example.test", "5.2.2", "full")), List.of());
        assertThat(sent).isEmpty();

        report(claimed("hank@example.test", options), List.of(
                new SpoolMailetContext.Failure("quiet@example.test", "5.2.2", "full"),
                new SpoolMailetContext.Failure("loud@example.test", "5.4.6", "loops")), List.of());
        assertThat(sent).singleElement().satisfies(report -> {
            assertThat(report.returnFull()).as("RET not given: the header only").isFalse();
            assertThat(report.recipients()).extracting(RecipientReport::address).containsExactly("loud@example.test");
            assertThat(report.recipients().get(0).diagnostic()).isEqualTo("554 5.4.6 loops");
        });
    }

    @Test
    void aRecipientThatAskedForSuccessIsToldOfItsDeliveryAndOthersAreNot() {
        DeliveryOptions options = new DeliveryOptions("7BIT", false, "HDRS", "",
                Map.of("ann@example.test", RecipientDsn.of("SUCCESS,FAILURE", "rfc822;ann@example.test")));
        report(claimed("hank@example.test", options), List.of(), List.of("bob@example.test"));
        assertThat(sent).as("bob asked for nothing: no news is good news").isEmpty();

        report(claimed("hank@example.test", options), List.of(),
                List.of("ann@example.test", "bob@example.test"));
        assertThat(sent).singleElement().satisfies(report -> assertThat(report.recipients()).singleElement()
                .satisfies(r -> {
                    assertThat(r.address()).isEqualTo("ann@example.test");
                    assertThat(r.action()).isEqualTo(DeliveryReports.Action.DELIVERED);
                    assertThat(r.status()).isEqualTo("2.0.0");
                    assertThat(r.original()).isEqualTo("rfc822;ann@example.test");
                }));
    }

    @Test
    void anAliasHandedToSeveralAddressesIsReportedExpandedWhenSuccessWasAskedFor() {
        DeliveryOptions options = new DeliveryOptions("7BIT", false, "", "",
                Map.of("team@example.test", RecipientDsn.of("SUCCESS", ""),
                        "quiet@example.test", RecipientDsn.of("FAILURE", "")));
        reports.report(claimed("hank@example.test", options), new SpoolMailetContext.Outcome(List.of(), Set.of(),
                Set.of("team@example.test", "quiet@example.test")));
        assertThat(sent).singleElement().satisfies(report -> assertThat(report.recipients()).singleElement()
                .satisfies(r -> {
                    assertThat(r.address()).isEqualTo("team@example.test");
                    assertThat(r.action()).isEqualTo(DeliveryReports.Action.EXPANDED);
                    assertThat(r.status()).isEqualTo("2.0.0");
                }));
    }

    private void report(SpoolClaims.Claimed message, List<SpoolMailetContext.Failure> failures,
            List<String> delivered) {
        reports.report(message, new SpoolMailetContext.Outcome(failures, new LinkedHashSet<>(delivered), Set.of()));
    }

    private static SpoolClaims.Claimed claimed(String sender, DeliveryOptions options) {
        Envelope envelope = new Envelope(sender, List.of("full@example.test"), ARRIVED, "192.0.2.7",
                "client.remote.test", "mx.example.test", "ESMTP", "", "", options);
        return new SpoolClaims.Claimed(7, "Q1", envelope, "blob-1", 1234);
    }
}
