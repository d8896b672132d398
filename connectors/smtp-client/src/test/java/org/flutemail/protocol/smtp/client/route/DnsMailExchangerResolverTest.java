package org.flutemail.protocol.smtp.client.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.SimpleResolver;

/** RFC 5321 section 5.1 and RFC 7505 against a DNS responder the test controls. */
class DnsMailExchangerResolverTest {

    private static final int SMTP_PORT = 2525;

    private FakeDnsServer dns;

    @BeforeEach
    void startDns() throws Exception {
        dns = new FakeDnsServer();
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    @Test
    void mailExchangersComeByPreferenceEachWithItsAddresses() throws Exception {
        dns.mx("example.test", 20, "mx2.example.test").mx("example.test", 10, "mx1.example.test")
                .a("mx1.example.test", "192.0.2.1").aaaa("mx1.example.test", "2001:db8::1").a("mx2.example.test", "192.0.2.2");

        Resolution resolution = resolver(new Random()).resolve("example.test");

        assertThat(hosts(resolution)).containsExactly(
                new RemoteHost("mx1.example.test", InetAddress.getByName("192.0.2.1"), SMTP_PORT),
                new RemoteHost("mx1.example.test", InetAddress.getByName("2001:db8::1"), SMTP_PORT),
                new RemoteHost("mx2.example.test", InetAddress.getByName("192.0.2.2"), SMTP_PORT));
    }

    @Test
    void equalPreferencesAreShuffledButNeverOvertakeABetterPreference() throws Exception {
        dns.mx("example.test", 10, "a.example.test").mx("example.test", 10, "b.example.test").mx("example.test", 5, "best.example.test")
                .a("a.example.test", "192.0.2.1").a("b.example.test", "192.0.2.2").a("best.example.test", "192.0.2.3");

        DnsMailExchangerResolver resolver = resolver(new Random(42));
        Set<String> seenSecond = new HashSet<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            List<RemoteHost> hosts = hosts(resolver.resolve("example.test"));
            assertThat(hosts.get(0).name()).isEqualTo("best.example.test");
            seenSecond.add(hosts.get(1).name());
        }
        assertThat(seenSecond).containsExactlyInAnyOrder("a.example.test", "b.example.test");
    }

    @Test
    void domainWithoutMxIsItsOwnMailExchanger() throws Exception {
        dns.a("implicit.test", "192.0.2.9");

        assertThat(hosts(resolver(new Random()).resolve("implicit.test")))
                .containsExactly(new RemoteHost("implicit.test", InetAddress.getByName("192.0.2.9"), SMTP_PORT));
    }

    @Test
    void nullMxMeansTheDomainAcceptsNoMail() throws Exception {
        dns.mx("nomail.test", 0, ".");

        Resolution resolution = resolver(new Random()).resolve("nomail.test");

        assertThat(resolution).isInstanceOfSatisfying(Resolution.Unroutable.class,
                u -> assertThat(u.reason()).isEqualTo(Resolution.Reason.NULL_MX));
    }

    @Test
    void nonexistentDomainIsPermanent() throws Exception {
        assertThat(resolver(new Random()).resolve("missing.test")).isInstanceOfSatisfying(Resolution.Unroutable.class,
                u -> assertThat(u.reason()).isEqualTo(Resolution.Reason.NO_SUCH_DOMAIN));
    }

    @Test
    void domainWithNeitherMxNorAddressIsPermanent() throws Exception {
        dns.exists("bare.test");

        assertThat(resolver(new Random()).resolve("bare.test")).isInstanceOfSatisfying(Resolution.Unroutable.class,
                u -> assertThat(u.reason()).isEqualTo(Resolution.Reason.NO_MAIL_HOST));
    }

    @Test
    void serverFailureIsTemporary() throws Exception {
        dns.servfail("broken.test");

        assertThat(resolver(new Random()).resolve("broken.test")).isInstanceOf(Resolution.TryLater.class);
    }

    @Test
    void unansweredQueryIsTemporary() throws Exception {
        dns.silent("slow.test");

        assertThat(resolver(new Random()).resolve("slow.test")).isInstanceOf(Resolution.TryLater.class);
    }

    @Test
    void mailExchangersWithoutAddressesAreTemporary() throws Exception {
        dns.mx("dangling.test", 10, "gone.dangling.test");

        assertThat(resolver(new Random()).resolve("dangling.test")).isInstanceOf(Resolution.TryLater.class);
    }

    @Test
    void unresolvableExchangerIsSkippedForTheNextOne() throws Exception {
        dns.mx("example.test", 10, "gone.example.test").mx("example.test", 20, "mx2.example.test").a("mx2.example.test", "192.0.2.2");

        assertThat(hosts(resolver(new Random()).resolve("example.test"))).extracting(RemoteHost::name)
                .containsExactly("mx2.example.test");
    }

    @Test
    void addressLiteralsNeedNoDns() throws Exception {
        DnsMailExchangerResolver resolver = resolver(new Random());

        assertThat(hosts(resolver.resolve("[192.0.2.7]")))
                .containsExactly(new RemoteHost("[192.0.2.7]", InetAddress.getByName("192.0.2.7"), SMTP_PORT));
        assertThat(hosts(resolver.resolve("[IPv6:2001:db8::7]"))).extracting(RemoteHost::address)
                .containsExactly(InetAddress.getByName("2001:db8::7"));
        assertThat(resolver.resolve("[999.1.2.3]")).isInstanceOfSatisfying(Resolution.Unroutable.class,
                u -> assertThat(u.reason()).isEqualTo(Resolution.Reason.BAD_ADDRESS_LITERAL));
        assertThat(resolver.resolve("[mail.example.test]")).isInstanceOf(Resolution.Unroutable.class);
    }

    private DnsMailExchangerResolver resolver(Random random) {
        SimpleResolver simple = new SimpleResolver(dns.address());
        simple.setTimeout(Duration.ofMillis(500));
        return new DnsMailExchangerResolver(simple, SMTP_PORT, random);
    }

    private static List<RemoteHost> hosts(Resolution resolution) {
        assertThat(resolution).isInstanceOf(Resolution.Hosts.class);
        return ((Resolution.Hosts) resolution).hosts();
    }
}
