package org.flutemail.protocol.smtp.client.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class StaticMailExchangerResolverTest {

    @Test
    void routesADomainToItsTargetsInOrderAndOthersToTheDefault() throws Exception {
        StaticMailExchangerResolver resolver = StaticMailExchangerResolver.builder()
                .route("Example.Test", HostAndPort.parse("127.0.0.1:2525"), HostAndPort.parse("[::1]:2526"))
                .otherwise(HostAndPort.parse("127.0.0.2:587"))
                .build();

        assertThat(((Resolution.Hosts) resolver.resolve("example.test")).hosts()).containsExactly(
                new RemoteHost("127.0.0.1", InetAddress.getByName("127.0.0.1"), 2525),
                new RemoteHost("::1", InetAddress.getByName("::1"), 2526));
        assertThat(((Resolution.Hosts) resolver.resolve("elsewhere.test")).hosts()).extracting(RemoteHost::port)
                .containsExactly(587);
    }

    @Test
    void withoutADefaultOtherDomainsAreUnroutable() {
        StaticMailExchangerResolver resolver = StaticMailExchangerResolver.builder()
                .route("example.test", HostAndPort.parse("127.0.0.1:2525")).build();

        assertThat(resolver.resolve("elsewhere.test")).isInstanceOf(Resolution.Unroutable.class);
    }

    @Test
    void parsesHostsWithAndWithoutPorts() {
        assertThat(HostAndPort.parse("relay.example.test")).isEqualTo(new HostAndPort("relay.example.test", 25));
        assertThat(HostAndPort.parse("relay.example.test:465")).isEqualTo(new HostAndPort("relay.example.test", 465));
        assertThat(HostAndPort.parse("[2001:db8::1]:2525")).isEqualTo(new HostAndPort("2001:db8::1", 2525));
        assertThat(HostAndPort.parse("2001:db8::1")).isEqualTo(new HostAndPort("2001:db8::1", 25));
    }
}
