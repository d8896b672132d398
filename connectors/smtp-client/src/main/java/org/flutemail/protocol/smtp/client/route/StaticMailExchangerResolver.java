package org.flutemail.protocol.smtp.client.route;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fixed routes: a domain goes to the listed {@code host:port} targets in order, whatever DNS says.
 * Used for a smart host (every domain to one relay), for the project's test networks where peers
 * listen on high ports, and in tests. Host names are looked up with the system resolver when a
 * route is used, so a test can name {@code localhost}.
 */
public final class StaticMailExchangerResolver implements MailExchangerResolver {

    private final Map<String, List<HostAndPort>> routes;
    private final List<HostAndPort> defaultRoute;

    private StaticMailExchangerResolver(Map<String, List<HostAndPort>> routes, List<HostAndPort> defaultRoute) {
        this.routes = Map.copyOf(routes);
        this.defaultRoute = List.copyOf(defaultRoute);
    }

    /** Every destination to these targets: a smart host (or several, tried in order). */
    public static StaticMailExchangerResolver smartHost(HostAndPort... targets) {
        return new StaticMailExchangerResolver(Map.of(), List.of(targets));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Resolution resolve(String destination) {
        String key = destination.toLowerCase(Locale.ROOT);
        List<HostAndPort> targets = routes.getOrDefault(key, defaultRoute);
        if (targets.isEmpty()) {
            return new Resolution.Unroutable(Resolution.Reason.NO_SUCH_DOMAIN, "no static route for " + destination);
        }
        List<RemoteHost> hosts = new ArrayList<>();
        for (HostAndPort target : targets) {
            Optional<InetAddress[]> addresses = lookUp(target.host());
            addresses.ifPresent(all -> {
                for (InetAddress address : all) {
                    hosts.add(new RemoteHost(target.host(), address, target.port()));
                }
            });
        }
        if (hosts.isEmpty()) {
            return new Resolution.TryLater("no address for the static route of " + destination + ": " + targets);
        }
        return new Resolution.Hosts(hosts);
    }

    private static Optional<InetAddress[]> lookUp(String host) {
        try {
            return Optional.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException notFound) {
            return Optional.empty();
        }
    }

    /** Collects routes; domains compare case-insensitively. */
    public static final class Builder {
        private final Map<String, List<HostAndPort>> routes = new HashMap<>();
        private final List<HostAndPort> defaultRoute = new ArrayList<>();

        private Builder() {
        }

        /** Mail for {@code domain} goes to these targets, in order. */
        public Builder route(String domain, HostAndPort... targets) {
            routes.computeIfAbsent(domain.toLowerCase(Locale.ROOT), d -> new ArrayList<>()).addAll(List.of(targets));
            return this;
        }

        /** Mail for any other domain goes here; without it, other domains are unroutable. */
        public Builder otherwise(HostAndPort... targets) {
            defaultRoute.addAll(List.of(targets));
            return this;
        }

        public StaticMailExchangerResolver build() {
            return new StaticMailExchangerResolver(routes, defaultRoute);
        }
    }
}
