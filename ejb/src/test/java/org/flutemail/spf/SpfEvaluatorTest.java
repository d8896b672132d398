package org.flutemail.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.flutemail.dns.InMemoryDns;
import org.junit.jupiter.api.Test;

/** Readable cases; {@link SpfTestSuiteTest} runs the full RFC 7208 suite. */
class SpfEvaluatorTest {

    private final InMemoryDns dns = new InMemoryDns();

    @Test
    void anAddressInTheRecordPassesAndOthersGetTheAllQualifier() throws Exception {
        dns.add("example.com", "TXT", "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 ~all");
        assertThat(check("192.0.2.9", "a@example.com")).isEqualTo(SpfResult.PASS);
        assertThat(check("2001:db8::1", "a@example.com")).isEqualTo(SpfResult.PASS);
        assertThat(check("198.51.100.1", "a@example.com")).isEqualTo(SpfResult.SOFTFAIL);
    }

    @Test
    void includeMxAndRedirectAreFollowed() throws Exception {
        dns.add("example.com", "TXT", "v=spf1 include:_spf.provider.test mx redirect=fallback.test")
                .add("_spf.provider.test", "TXT", "v=spf1 a:out.provider.test -all")
                .add("out.provider.test", "A", "203.0.113.5")
                .add("example.com", "MX", "10 mx.example.com").add("mx.example.com", "A", "192.0.2.25")
                .add("fallback.test", "TXT", "v=spf1 -all");
        assertThat(check("203.0.113.5", "a@example.com")).isEqualTo(SpfResult.PASS);
        assertThat(check("192.0.2.25", "a@example.com")).isEqualTo(SpfResult.PASS);
        assertThat(check("192.0.2.26", "a@example.com")).isEqualTo(SpfResult.FAIL);
    }

    @Test
    void macrosExpandTheSenderAndTheAddress() throws Exception {
        dns.add("example.com", "TXT", "v=spf1 exists:%{l}.%{ir}.allow.example.com -all")
                .add("alice.9.2.0.192.allow.example.com", "A", "127.0.0.2");
        assertThat(check("192.0.2.9", "alice@example.com")).isEqualTo(SpfResult.PASS);
        assertThat(check("192.0.2.9", "bob@example.com")).isEqualTo(SpfResult.FAIL);
    }

    @Test
    void moreThanTenLookUpsOrTwoVoidOnesArePermanentErrors() throws Exception {
        StringBuilder many = new StringBuilder("v=spf1");
        for (int i = 0; i < 11; i++) {
            many.append(" a:h").append(i).append(".example.com");
            dns.add("h" + i + ".example.com", "A", "198.51.100." + i);
        }
        dns.add("many.test", "TXT", many + " -all")
                .add("void.test", "TXT", "v=spf1 a:n1.void.test a:n2.void.test a:n3.void.test -all");
        assertThat(check("192.0.2.9", "a@many.test")).isEqualTo(SpfResult.PERMERROR);
        assertThat(check("192.0.2.9", "a@void.test")).isEqualTo(SpfResult.PERMERROR);
    }

    @Test
    void noRecordIsNoneTwoRecordsArePermErrorAndDnsTroubleIsTempError() throws Exception {
        dns.add("two.test", "TXT", "v=spf1 -all").add("two.test", "TXT", "v=spf1 +all")
                .add("other.test", "TXT", "google-site-verification=x").timeout("slow.test");
        assertThat(check("192.0.2.9", "a@other.test")).isEqualTo(SpfResult.NONE);
        assertThat(check("192.0.2.9", "a@two.test")).isEqualTo(SpfResult.PERMERROR);
        assertThat(check("192.0.2.9", "a@slow.test")).isEqualTo(SpfResult.TEMPERROR);
    }

    @Test
    void theNullSenderIsCheckedAsPostmasterAtTheHeloName() throws Exception {
        dns.add("mail.example.com", "TXT", "v=spf1 a -all").add("mail.example.com", "A", "192.0.2.9");
        SpfEvaluator.Outcome o = SpfEvaluator.check(dns, InetAddress.getByName("192.0.2.9"), "", "mail.example.com");
        assertThat(o.result()).isEqualTo(SpfResult.PASS);
        assertThat(o.helo()).isTrue();
        assertThat(o.identity()).isEqualTo("mail.example.com");
    }

    private SpfResult check(String ip, String mailFrom) throws Exception {
        return SpfEvaluator.check(dns, InetAddress.getByName(ip), mailFrom, "helo.example.net").result();
    }
}
