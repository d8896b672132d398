package org.flutemail.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a one-click unsubscribe link (RFC 8058): the list and the member, readable, and an
 * HMAC-SHA256 over both with the list's secret. Whoever holds the link may remove that member from
 * that list, and nothing else; there is no login, since mail programs post to the link on their own.
 */
public final class ListUnsubscribeToken {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The list and member named by a token, before its signature is checked. */
    public record Claim(String list, String member, byte[] signature) {
    }

    private ListUnsubscribeToken() {
    }

    public static String sign(String list, String member, String secret) {
        String payload = list + "\n" + member;
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(mac(payload, secret));
    }

    /** Reads a token; empty when it is not one at all. */
    public static Optional<Claim> read(String token) {
        if (token == null || token.length() > 2000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            int nl = payload.indexOf('\n');
            if (nl <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Claim(payload.substring(0, nl), payload.substring(nl + 1),
                    DECODER.decode(token.substring(dot + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the claim was signed with {@code secret}; compared in constant time. */
    public static boolean verify(Claim claim, String secret) {
        return MessageDigest.isEqual(mac(claim.list() + "\n" + claim.member(), secret), claim.signature());
    }

    private static byte[] mac(String payload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
