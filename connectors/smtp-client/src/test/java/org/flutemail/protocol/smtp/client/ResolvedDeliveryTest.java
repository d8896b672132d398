package org.flutemail.protocol.smtp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.flutemail.protocol.smtp.client.route.DnsMailExchangerResolver;
import org.flutemail.protocol.smtp.client.route.FakeDnsServerAccess;
import org.junit.jupiter.api.Test;

/** The whole path a queue consumer uses: {@code deliver} resolves MX records, then talks SMTP. */
class ResolvedDeliveryTest {

    @Test
    void deliversToTheMailExchangerThatDnsNames() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(SmtpBehaviour.standard());
             FakeDnsServerAccess dns = FakeDnsServerAccess.start()) {
            dns.mx("example.test", 10, "mx1.example.test", "127.0.0.1");
            SmtpDeliveryClient client = new SmtpDeliveryClient(
                    DnsMailExchangerResolver.usingServer(dns.address(), Duration.ofSeconds(2), server.port()),
                    Deliveries.settings().build());

            DeliveryResult result = client.deliver(Deliveries.request("a@example.test"));

            assertThat(result.allDelivered()).isTrue();
            assertThat(result.recipients().get(0).remoteMta()).isEqualTo("mx1.example.test");
        }
    }

    @Test
    void nullMxBouncesWithoutConnectingAnywhere() throws Exception {
        try (FakeDnsServerAccess dns = FakeDnsServerAccess.start()) {
            dns.mx("nomail.test", 0, ".", null);
            SmtpDeliveryClient client = new SmtpDeliveryClient(
                    DnsMailExchangerResolver.usingServer(dns.address(), Duration.ofSeconds(2), 25), Deliveries.settings().build());

            RecipientResult only = client.deliver(Deliveries.request("a@nomail.test")).recipients().get(0);

            assertThat(only.status()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
            assertThat(only.reply().toString()).startsWith("556 5.1.10");
            assertThat(only.answeredByRemote()).isFalse();
        }
    }

    @Test
    void dnsTroubleIsTemporary() throws Exception {
        try (FakeDnsServerAccess dns = FakeDnsServerAccess.start()) {
            dns.servfail("broken.test");
            SmtpDeliveryClient client = new SmtpDeliveryClient(
                    DnsMailExchangerResolver.usingServer(dns.address(), Duration.ofSeconds(2), 25), Deliveries.settings().build());

            RecipientResult only = client.deliver(Deliveries.request("a@broken.test")).recipients().get(0);

            assertThat(only.status()).isEqualTo(DeliveryStatus.TEMPORARY_FAILURE);
            assertThat(only.reply().enhancedStatus()).isEqualTo("4.4.3");
        }
    }
}
