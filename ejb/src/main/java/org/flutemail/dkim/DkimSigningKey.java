package org.flutemail.dkim;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Objects;

/** A private key with the domain ({@code d=}) and selector ({@code s=}) it signs for. */
public record DkimSigningKey(String domain, String selector, DkimAlgorithm algorithm, PrivateKey key) {

    public DkimSigningKey {
        Objects.requireNonNull(domain);
        Objects.requireNonNull(selector);
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(key);
    }

    /** From the stored form: the {@code a=} name and the PKCS#8 key in base64. */
    public static DkimSigningKey fromPkcs8(String domain, String selector, String algorithmTag, String pkcs8Base64)
            throws GeneralSecurityException {
        DkimAlgorithm algorithm = DkimAlgorithm.byTag(algorithmTag)
                .orElseThrow(() -> new GeneralSecurityException("unknown DKIM algorithm " + algorithmTag));
        return new DkimSigningKey(domain, selector, algorithm,
                algorithm.privateKey(Base64.getMimeDecoder().decode(pkcs8Base64)));
    }
}
