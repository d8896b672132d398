package org.flutemail.connector.adapter.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * Whether a private key belongs to a certificate, tested by signing and verifying: a mismatched pair
 * would otherwise load fine and fail every handshake.
 */
final class KeyPairCheck {

    private static final byte[] PROBE = "flute key pair check".getBytes(StandardCharsets.US_ASCII);

    private KeyPairCheck() {
    }

    static void requireMatch(PrivateKey key, PublicKey certified) throws GeneralSecurityException {
        String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(PROBE);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certified);
        verifier.update(PROBE);
        if (!verifier.verify(signature)) {
            throw new GeneralSecurityException("the private key does not belong to the first certificate");
        }
    }
}
