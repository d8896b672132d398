package org.flutemail.dkim;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.flutemail.dkim.DkimVerification.Signature;
import org.flutemail.dns.DnsException;
import org.flutemail.dns.DnsResolver;

/**
 * Verifies the DKIM-Signature fields of a message (RFC 6376 section 6) and says, for each, what RFC
 * 8601 calls its result. The body is read once, whatever the number of signatures: each signature's
 * canonicalization hashes it as it streams past.
 */
public final class DkimVerifier {

    /** More signatures than this are not checked: each costs a DNS look-up, and senders add one or two. */
    public static final int MAX_SIGNATURES = 8;

    private final DnsResolver dns;

    public DkimVerifier(DnsResolver dns) {
        this.dns = dns;
    }

    /** One signature on its way through verification; {@code outcome} is set once its result is known. */
    private static final class Check {
        final HeaderField field;
        final Signature reported = new Signature();
        DkimVerification outcome;
        TagList tags;
        DkimAlgorithm algorithm;
        Canonicalization headerCanonicalization;
        BodyHasher body;
        long limit = -1;

        Check(HeaderField field) {
            this.field = field;
        }

        void decide(DkimResult result, String reason) {
            outcome = DkimVerification.of(result, reported, reason);
        }
    }

    /**
     * @param message the whole message; read to its end, not closed
     * @return one verification per signature, top first; empty when the message has no signature
     */
    public List<DkimVerification> verify(InputStream message, Instant now) throws IOException {
        InputStream in = message instanceof BufferedInputStream ? message : new BufferedInputStream(message);
        List<HeaderField> fields = HeaderReader.read(in);
        List<Check> checks = fields.stream().filter(f -> f.is("DKIM-Signature")).limit(MAX_SIGNATURES)
                .map(Check::new).toList();
        if (checks.isEmpty()) {
            return List.of();
        }
        for (Check c : checks) {
            prepare(c, now);
        }
        List<OutputStream> hashers = checks.stream().filter(c -> c.body != null).map(c -> (OutputStream) c.body)
                .toList();
        byte[] buffer = new byte[16384];
        for (int n; (n = in.read(buffer)) != -1;) {
            for (OutputStream h : hashers) {
                h.write(buffer, 0, n);
            }
        }
        List<DkimVerification> results = new ArrayList<>();
        for (Check c : checks) {
            if (c.outcome == null) {
                finish(c, fields);
            }
            results.add(c.outcome);
        }
        return results;
    }

    /** Reads and checks the signature's tags; leaves a body hasher ready, or decides the outcome. */
    private static void prepare(Check c, Instant now) {
        try {
            c.tags = TagList.parse(c.field.value());
            c.reported.domain = c.tags.get("d").orElse("").toLowerCase(Locale.ROOT);
            c.reported.selector = c.tags.get("s").orElse("");
            c.reported.b = TagList.compact(c.tags.get("b").orElse(""));
            if (!c.tags.required("v").equals("1")) {
                throw new IllegalArgumentException("version " + c.tags.required("v"));
            }
            String a = c.tags.required("a");
            c.algorithm = DkimAlgorithm.byTag(a).orElseThrow(() -> new IllegalArgumentException(
                    a.equalsIgnoreCase("rsa-sha1") ? "rsa-sha1 is not accepted (RFC 8301)" : "algorithm " + a));
            for (String tag : List.of("b", "bh", "d", "h", "s")) {
                c.tags.required(tag);
            }
            if (signedNames(c.tags).stream().noneMatch(n -> n.equalsIgnoreCase("from"))) {
                throw new IllegalArgumentException("From is not signed");
            }
            checkIdentity(c);
            if (c.tags.get("q").map(q -> !q.toLowerCase(Locale.ROOT).contains("dns/txt")).orElse(false)) {
                throw new IllegalArgumentException("query method " + c.tags.required("q"));
            }
            Canonicalization[] canonicalization = Canonicalization.pair(c.tags.get("c").orElse("simple/simple"));
            c.headerCanonicalization = canonicalization[0];
            if (c.tags.get("l").isPresent()) {
                c.limit = Long.parseLong(c.tags.required("l"));
            }
            Base64.getDecoder().decode(c.reported.b);
            Base64.getDecoder().decode(TagList.compact(c.tags.required("bh")));
            if (c.tags.get("x").isPresent() && Long.parseLong(c.tags.required("x")) < now.getEpochSecond()) {
                c.decide(DkimResult.FAIL, "signature expired");
                return;
            }
            c.body = new BodyHasher(canonicalization[1], DkimSigner.sha256(), c.limit);
        } catch (IllegalArgumentException e) {
            // NumberFormatException and base64 errors included: the signature cannot be processed.
            c.decide(DkimResult.NEUTRAL, "invalid signature: " + e.getMessage());
        }
    }

    /** {@code i=}, when given, must be in the signing domain or below it. */
    private static void checkIdentity(Check c) {
        c.tags.get("i").ifPresent(i -> {
            String domain = i.substring(i.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
            if (!domain.equals(c.reported.domain) && !domain.endsWith("." + c.reported.domain)) {
                throw new IllegalArgumentException("i= is not in d=");
            }
        });
    }

    private void finish(Check c, List<HeaderField> fields) {
        byte[] bodyHash = c.body.finish();
        if (c.limit >= 0 && c.body.length() < c.limit) {
            c.decide(DkimResult.FAIL, "body shorter than l=");
            return;
        }
        byte[] claimed = Base64.getDecoder().decode(TagList.compact(c.tags.required("bh")));
        if (!MessageDigest.isEqual(bodyHash, claimed)) {
            c.decide(DkimResult.FAIL, "body hash did not verify");
            return;
        }
        DkimKeyRecord key;
        try {
            key = key(c);
        } catch (DnsException e) {
            c.decide(DkimResult.TEMPERROR, "key look-up failed");
            return;
        } catch (GeneralSecurityException e) {
            c.decide(DkimResult.PERMERROR, e.getMessage());
            return;
        }
        byte[] data = SignedData.of(fields, signedNames(c.tags), c.field, c.headerCanonicalization);
        boolean valid;
        try {
            valid = c.algorithm.verify(key.key(), data, Base64.getDecoder().decode(c.reported.b));
        } catch (GeneralSecurityException e) {
            valid = false;
        }
        if (valid) {
            c.decide(DkimResult.PASS, "");
        } else {
            c.decide(DkimResult.FAIL, "signature did not verify");
        }
    }

    private DkimKeyRecord key(Check c) throws DnsException, GeneralSecurityException {
        String name = c.reported.selector + "._domainkey." + c.reported.domain;
        List<String> records = dns.txt(name);
        if (records.isEmpty()) {
            throw new GeneralSecurityException("no key at " + name);
        }
        GeneralSecurityException last = null;
        for (String record : records) {
            try {
                DkimKeyRecord key = DkimKeyRecord.parse(record, c.algorithm);
                if (key.strict() && c.tags.get("i").isPresent()
                        && !c.tags.required("i").toLowerCase(Locale.ROOT).endsWith("@" + c.reported.domain)) {
                    throw new GeneralSecurityException("key requires i= in exactly d=");
                }
                return key;
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    private static List<String> signedNames(TagList tags) {
        return Arrays.stream(tags.required("h").split(":")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
