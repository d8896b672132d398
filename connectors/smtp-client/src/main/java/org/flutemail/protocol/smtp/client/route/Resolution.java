package org.flutemail.protocol.smtp.client.route;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link MailExchangerResolver} found: hosts to try, a definite "this destination takes no
 * mail", or "ask again later". Sealed so that a caller's switch over it cannot forget a case.
 */
public sealed interface Resolution {

    /** Hosts to try, best first; never empty. */
    record Hosts(List<RemoteHost> hosts) implements Resolution {
        public Hosts {
            hosts = List.copyOf(hosts);
            if (hosts.isEmpty()) {
                throw new IllegalArgumentException("no hosts: use Unroutable or TryLater");
            }
        }
    }

    /** The destination can never receive this mail: bounce. */
    record Unroutable(Reason reason, String detail) implements Resolution {
        public Unroutable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** DNS could not answer now (SERVFAIL, timeout, unresolvable MX hosts): retry later. */
    record TryLater(String detail) implements Resolution {
        public TryLater {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a destination is unroutable. */
    enum Reason {
        /** RFC 7505 null MX: the domain declares it accepts no mail (bounce with 556 5.1.10). */
        NULL_MX,
        /** NXDOMAIN: the domain does not exist (550 5.1.2). */
        NO_SUCH_DOMAIN,
        /** The domain exists but has neither MX nor A/AAAA records (550 5.1.2). */
        NO_MAIL_HOST,
        /** An address literal that is not a valid IPv4 or IPv6 address (550 5.1.2). */
        BAD_ADDRESS_LITERAL
    }
}
