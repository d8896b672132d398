package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flutemail.application.DnsRecordService.DnsRecordView;
import org.flutemail.application.DnsRecordService.Status;
import org.flutemail.dns.InMemoryDns;
import org.junit.jupiter.api.Test;

class DnsRecordCheckTest {

    private static final String HOST = "mail.example.test";
    private static final List<DnsRecordCheck.DkimRecord> KEYS = List.of(
            new DnsRecordCheck.DkimRecord("flute2026._domainkey.example.test", "v=DKIM1; k=rsa; p=QUJDREVG"));

    private final InMemoryDns dns = new InMemoryDns();

    @Test
    void theRecordsToPublishNameThisHostTheActiveKeyAndAPolicy() {
        assertThat(DnsRecordCheck.expected("example.test", HOST, KEYS))
                .extracting(DnsRecordView::type, DnsRecordView::name, DnsRecordView::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MX", "example.test", "10 mail.example.test."),
                        org.assertj.core.groups.Tuple.tuple("SPF", "example.test", "v=spf1 mx -all"),
                        org.assertj.core.groups.Tuple.tuple("DKIM", "flute2026._domainkey.example.test",
                                "v=DKIM1; k=rsa; p=QUJDREVG"),
                        org.assertj.core.groups.Tuple.tuple("DMARC", "_dmarc.example.test",
                                "v=DMARC1; p=quarantine; rua=mailto:postmaster@example.test"));
    }

    @Test
    void nothingPublishedIsMissingEverywhere() {
        assertThat(check()).extracting(DnsRecordView::status).containsOnly(Status.MISSING);
    }

    @Test
    void recordsPublishedAsTheyShouldBeArePresentEvenWrittenDifferently() {
        dns.add("example.test", "MX", "20 backup.other.test").add("example.test", "MX", "10 MAIL.example.test.")
                .add("example.test", "TXT", "google-site-verification=xyz")
                .add("example.test", "TXT", "v=spf1 ip4:192.0.2.1 mx ~all")
                .add("flute2026._domainkey.example.test", "TXT", "v=DKIM1; k=rsa; p=QUJD REVG")
                .add("_dmarc.example.test", "TXT", "v=DMARC1;p=reject");
        List<DnsRecordView> checked = check();
        assertThat(checked).extracting(DnsRecordView::status).containsOnly(Status.PRESENT);
        assertThat(checked.get(1).found()).as("only SPF records are shown for SPF")
                .containsExactly("v=spf1 ip4:192.0.2.1 mx ~all");
    }

    @Test
    void wrongRecordsSayWhatWasFound() {
        dns.add("example.test", "MX", "10 mx.old-provider.test")
                .add("example.test", "TXT", "v=spf1 include:old-provider.test -all")
                .add("flute2026._domainkey.example.test", "TXT", "v=DKIM1; k=rsa; p=T0xES0VZ")
                .add("_dmarc.example.test", "TXT", "v=DMARC1; rua=mailto:x@example.test");
        List<DnsRecordView> checked = check();
        assertThat(checked).extracting(DnsRecordView::status).containsOnly(Status.WRONG);
        assertThat(checked.get(0).found()).containsExactly("mx.old-provider.test");
        assertThat(checked.get(2).found()).containsExactly("v=DKIM1; k=rsa; p=T0xES0VZ");
    }

    @Test
    void aLookUpThatTimesOutIsUnansweredNotMissing() {
        dns.timeout("_dmarc.example.test");
        List<DnsRecordView> checked = check();
        assertThat(checked.get(3).status()).isEqualTo(Status.UNANSWERED);
        assertThat(checked.get(3).found()).singleElement().asString().contains("timeout");
        assertThat(checked.get(0).status()).isEqualTo(Status.MISSING);
    }

    private List<DnsRecordView> check() {
        return DnsRecordCheck.check(DnsRecordCheck.expected("example.test", HOST, KEYS), HOST, dns);
    }
}
