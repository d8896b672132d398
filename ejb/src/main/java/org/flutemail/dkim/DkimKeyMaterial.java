package org.flutemail.dkim;

import java.security.KeyPair;
import java.util.Base64;

/**
 * A new key pair in the forms Flute keeps: the private key as PKCS#8 in base64 (to sign with), the
 * public key as the base64 {@code p=} value (to publish).
 */
public record DkimKeyMaterial(DkimAlgorithm algorithm, String privateKeyPkcs8, String publicKey) {

    /** 2048 bits: RFC 8301 asks for at least 1024 and recommends 2048; longer keys do not fit one TXT string anyway. */
    public static final int DEFAULT_RSA_BITS = 2048;

    public static DkimKeyMaterial generate(DkimAlgorithm algorithm) {
        KeyPair pair = algorithm.generate(DEFAULT_RSA_BITS);
        Base64.Encoder b64 = Base64.getEncoder();
        return new DkimKeyMaterial(algorithm, b64.encodeToString(pair.getPrivate().getEncoded()),
                b64.encodeToString(algorithm.publicKeyData(pair.getPublic())));
    }
}
