package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flutemail.domain.Account;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.SaltedPassword;
import org.flutemail.domain.TrustedImageSender;
import org.flutemail.domain.TrustedImageSenderRepository;
import org.junit.jupiter.api.Test;

class DefaultRemoteImageTrustServiceTest {

    private static final String ME = "me@example.test";

    private final Account account = new Account(new MailDomain("example.test", Instant.now()),
            EmailAddress.parse(ME), "Me", new SaltedPassword("aGFzaA==", "c2FsdA==", 4096), Instant.now());
    private final List<TrustedImageSender> stored = new ArrayList<>();
    private final DefaultRemoteImageTrustService service = service();

    @Test
    void aTrustedAddressIsTrustedInAnyCaseAndOnlyIt() {
        service.trust(ME, "News@Shop.TEST");

        assertThat(service.trusts(ME, "news@shop.test")).isTrue();
        assertThat(service.trusts(ME, "NEWS@shop.test")).isTrue();
        assertThat(service.trusts(ME, "promo@shop.test")).as("another address of the same domain").isFalse();
        assertThat(service.trustedSenders(ME)).containsExactly("news@shop.test");
    }

    @Test
    void trustingTwiceKeepsOneEntryAndRemovingItEndsTheTrust() {
        service.trust(ME, "news@shop.test");
        service.trust(ME, "news@shop.test");
        service.trust(ME, "alerts@bank.test");
        assertThat(service.trustedSenders(ME)).containsExactly("alerts@bank.test", "news@shop.test");

        service.distrust(ME, "NEWS@shop.test");

        assertThat(service.trusts(ME, "news@shop.test")).isFalse();
        assertThat(service.trustedSenders(ME)).containsExactly("alerts@bank.test");
    }

    @Test
    void aMessageWithoutASenderAddressIsTrustedByNobody() {
        service.trust(ME, "news@shop.test");

        assertThat(service.trusts(ME, null)).isFalse();
        assertThat(service.trusts(ME, "not an address")).isFalse();
        assertThatThrownBy(() -> service.trust(ME, null)).isInstanceOf(InvalidAddressException.class);
        assertThatThrownBy(() -> service.trust(ME, "@shop.test")).isInstanceOf(InvalidAddressException.class);
        service.distrust(ME, "not an address");
        assertThat(service.trustedSenders(ME)).containsExactly("news@shop.test");
    }

    private DefaultRemoteImageTrustService service() {
        DefaultRemoteImageTrustService s = new DefaultRemoteImageTrustService();
        s.clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
        s.lookups = new Lookups();
        s.lookups.accounts = (AccountRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AccountRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("byAddress")) {
                        return ME.equals(args[0]) ? Optional.of(account) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        s.repository = new InMemoryTrust();
        return s;
    }

    /** The account is the only one, so the store keeps just the addresses. */
    private final class InMemoryTrust implements TrustedImageSenderRepository {
        @Override
        public List<TrustedImageSender> ofAccount(Account owner) {
            return stored.stream().sorted(Comparator.comparing(TrustedImageSender::address)).toList();
        }

        @Override
        public Optional<TrustedImageSender> find(Account owner, EmailAddress address) {
            return stored.stream().filter(t -> t.address().equals(address.toString())).findFirst();
        }

        @Override
        public void add(TrustedImageSender sender) {
            stored.add(sender);
        }

        @Override
        public void remove(TrustedImageSender sender) {
            stored.remove(sender);
        }
    }
}
