package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.DkimKeyService.DkimKeyView;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.DkimKey;
import org.flutemail.domain.DkimKeyRepository;
import org.flutemail.domain.DomainRepository;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.NotFoundException;
import org.junit.jupiter.api.Test;

class DefaultDkimKeyServiceTest {

    private final MailDomain domain = new MailDomain("example.test", Instant.now());
    private final List<DkimKey> stored = new ArrayList<>();
    private final DefaultDkimKeyService service = service();

    @Test
    void aNewKeyIsRsaWithTheYearAsSelectorAndItsDnsRecord() {
        DkimKeyView key = service.generate("Example.TEST", null, null);
        assertThat(key.selector()).isEqualTo("flute2026");
        assertThat(key.algorithm()).isEqualTo("rsa-sha256");
        assertThat(key.active()).isTrue();
        assertThat(key.dnsName()).isEqualTo("flute2026._domainkey.example.test");
        assertThat(key.dnsValue()).startsWith("v=DKIM1; k=rsa; p=");
        assertThat(key.zoneLine()).startsWith("flute2026._domainkey.example.test. IN TXT \"v=DKIM1; k=rsa; p=");
        assertThat(stored).singleElement().satisfies(k -> assertThat(k.privateKey()).isNotBlank());
    }

    @Test
    void aSecondDefaultKeyGetsAFreeSelectorAndAChosenOneMustBeFree() {
        service.generate("example.test", null, null);
        assertThat(service.generate("example.test", null, "ed25519-sha256").selector()).isEqualTo("flute2026-2");
        assertThatThrownBy(() -> service.generate("example.test", "flute2026", "ed25519-sha256"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.generate("example.test", "bad selector", null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.generate("example.test", "s", "rsa-sha1"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void keysAreDeactivatedActivatedAndDeleted() {
        service.generate("example.test", "one", "ed25519-sha256");
        assertThat(service.deactivate("example.test", "ONE").active()).isFalse();
        assertThat(service.activate("example.test", "one").active()).isTrue();
        service.delete("example.test", "one");
        assertThat(service.list("example.test")).isEmpty();
        assertThatThrownBy(() -> service.activate("example.test", "one")).isInstanceOf(NotFoundException.class);
        assertThat(audited).contains("dkim.deactivate example.test/one", "dkim.activate example.test/one",
                "dkim.delete example.test/one");
    }

    private final java.util.List<String> audited = new java.util.ArrayList<>();

    private DefaultDkimKeyService service() {
        DefaultDkimKeyService s = new DefaultDkimKeyService();
        s.clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
        s.lookups = new Lookups();
        s.lookups.domains = new OneDomain();
        s.keys = new InMemoryKeys();
        s.audit = (action, target, domain, detail) -> audited.add(action + " " + target);
        return s;
    }

    private final class OneDomain implements DomainRepository {
        @Override
        public Optional<MailDomain> byName(String name) {
            return name.equals(domain.name()) ? Optional.of(domain) : Optional.empty();
        }

        @Override
        public List<MailDomain> all() {
            return List.of(domain);
        }

        @Override
        public void add(MailDomain d) {
        }

        @Override
        public List<MailDomain> dueForRemoval(java.time.Instant now) {
            return List.of();
        }

        @Override
        public java.util.Set<String> removeWithData(MailDomain d) {
            return java.util.Set.of();
        }

        @Override
        public long accountCount(MailDomain d) {
            return 0;
        }
    }

    private final class InMemoryKeys implements DkimKeyRepository {
        @Override
        public List<DkimKey> ofDomain(MailDomain d) {
            return List.copyOf(stored);
        }

        @Override
        public Optional<DkimKey> bySelector(MailDomain d, String selector) {
            return stored.stream().filter(k -> k.selector().equals(selector)).findFirst();
        }

        @Override
        public List<DkimKey> activeFor(String domainName) {
            return stored.stream().filter(DkimKey::isActive).toList();
        }

        @Override
        public void add(DkimKey key) {
            stored.add(key);
        }

        @Override
        public void remove(DkimKey key) {
            stored.remove(key);
        }
    }
}
