package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.flutemail.application.AuditLog;
import org.flutemail.application.DkimKeyService;
import org.flutemail.dkim.DkimAlgorithm;
import org.flutemail.dkim.DkimKeyMaterial;
import org.flutemail.dkim.DkimTxtRecord;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.DkimKey;
import org.flutemail.domain.DkimKeyRepository;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.MailDomain;
import org.flutemail.domain.NotFoundException;

@Stateless
public class DefaultDkimKeyService implements DkimKeyService {

    /** A selector is one or more DNS labels (RFC 6376 3.1); one label is what anyone uses. */
    private static final Pattern SELECTOR = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    @Inject
    AuditLog audit;

    @Inject
    DkimKeyRepository keys;

    @Inject
    Lookups lookups;

    @Inject
    Clock clock;

    @Override
    public List<DkimKeyView> list(String domain) {
        return keys.ofDomain(lookups.domain(domain)).stream().map(DefaultDkimKeyService::view).toList();
    }

    @Override
    public DkimKeyView generate(String domainName, String selector, String algorithm) {
        MailDomain domain = lookups.domain(domainName);
        DkimAlgorithm alg = algorithm == null || algorithm.isBlank() ? DkimAlgorithm.RSA_SHA256
                : DkimAlgorithm.byTag(algorithm).orElseThrow(() -> new InvalidRequestException(
                        "algorithm must be rsa-sha256 or ed25519-sha256, not " + algorithm));
        String chosen = selector == null || selector.isBlank() ? freeSelector(domain) : checked(selector);
        if (keys.bySelector(domain, chosen).isPresent()) {
            throw new ConflictException("domain " + domain.name() + " has a key with selector " + chosen);
        }
        DkimKeyMaterial material = DkimKeyMaterial.generate(alg);
        DkimKey key = new DkimKey(domain, chosen, alg.tag(), material.privateKeyPkcs8(), material.publicKey(),
                clock.instant());
        keys.add(key);
        DkimKeyView created = view(key);
        audit.record("dkim.create", domain.name() + "/" + chosen, domain.name(), "selector: " + chosen
                + "; algorithm: " + alg.tag());
        return created;
    }

    @Override
    public DkimKeyView activate(String domain, String selector) {
        DkimKey key = find(domain, selector);
        key.activate();
        return recorded("dkim.activate", key);
    }

    @Override
    public DkimKeyView deactivate(String domain, String selector) {
        DkimKey key = find(domain, selector);
        key.deactivate();
        return recorded("dkim.deactivate", key);
    }

    @Override
    public void delete(String domain, String selector) {
        DkimKey key = find(domain, selector);
        recorded("dkim.delete", key);
        keys.remove(key);
    }

    private DkimKeyView recorded(String action, DkimKey key) {
        DkimKeyView v = view(key);
        audit.record(action, v.domain() + "/" + v.selector(), v.domain(), null);
        return v;
    }

    private DkimKey find(String domainName, String selector) {
        MailDomain domain = lookups.domain(domainName);
        String s = selector.toLowerCase(Locale.ROOT);
        return keys.bySelector(domain, s).orElseThrow(
                () -> new NotFoundException("domain " + domain.name() + " has no DKIM key with selector " + s));
    }

    /** {@code flute2026}, or {@code flute2026-2} and on when a key of this year exists already. */
    private String freeSelector(MailDomain domain) {
        String base = "flute" + clock.instant().atZone(ZoneOffset.UTC).getYear();
        String candidate = base;
        for (int n = 2; keys.bySelector(domain, candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String checked(String selector) {
        String s = selector.strip().toLowerCase(Locale.ROOT);
        if (!SELECTOR.matcher(s).matches()) {
            throw new InvalidRequestException("'" + selector + "' is not a selector: one DNS label of a-z, 0-9, -");
        }
        return s;
    }

    static DkimKeyView view(DkimKey k) {
        DkimAlgorithm alg = DkimAlgorithm.byTag(k.algorithm()).orElseThrow();
        DkimTxtRecord record = DkimTxtRecord.of(k.selector(), k.domain().name(), alg, k.publicKey());
        return new DkimKeyView(k.domain().name(), k.selector(), k.algorithm(), k.isActive(), k.createdAt(),
                record.name(), record.value(), record.strings(), record.zoneLine());
    }
}
