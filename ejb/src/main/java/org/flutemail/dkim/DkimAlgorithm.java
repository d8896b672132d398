package org.flutemail.dkim;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;

/**
 * The signing algorithms Flute signs and verifies with. rsa-sha1 is deliberately absent: RFC 8301 says
 * verifiers must not accept it.
 */
public enum DkimAlgorithm {

    /** RFC 6376; {@code p=} is the SubjectPublicKeyInfo in base64, as every DKIM implementation reads it. */
    RSA_SHA256("rsa-sha256", "rsa", "RSA") {
        @Override
        byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(data);
            return s.sign();
        }

        @Override
        boolean verify(PublicKey key, byte[] data, byte[] signature) throws GeneralSecurityException {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        }

        @Override
        byte[] publicKeyData(PublicKey key) {
            return key.getEncoded();
        }

        @Override
        PublicKey publicKey(byte[] data) throws GeneralSecurityException {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            try {
                return rsa.generatePublic(new X509EncodedKeySpec(data));
            } catch (GeneralSecurityException e) {
                // Some publish the bare PKCS#1 RSAPublicKey (RFC 3447) instead.
                return rsa.generatePublic(new X509EncodedKeySpec(Der.rsaSubjectPublicKeyInfo(data)));
            }
        }
    },

    /**
     * RFC 8463: Ed25519 (PureEdDSA) over the SHA-256 hash of the signed header data; {@code p=} is
     * the raw 32-octet public key.
     */
    ED25519_SHA256("ed25519-sha256", "ed25519", "Ed25519") {
        /** The DER prefix that turns the raw key into a SubjectPublicKeyInfo (RFC 8410). */
        private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03,
            0x21, 0x00};

        @Override
        byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(sha256(data));
            return s.sign();
        }

        @Override
        boolean verify(PublicKey key, byte[] data, byte[] signature) throws GeneralSecurityException {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(sha256(data));
            return s.verify(signature);
        }

        @Override
        byte[] publicKeyData(PublicKey key) {
            byte[] spki = key.getEncoded();
            return Arrays.copyOfRange(spki, SPKI_PREFIX.length, spki.length);
        }

        @Override
        PublicKey publicKey(byte[] data) throws GeneralSecurityException {
            if (data.length != 32) {
                throw new GeneralSecurityException("an Ed25519 key has 32 octets, not " + data.length);
            }
            byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
            System.arraycopy(data, 0, spki, SPKI_PREFIX.length, 32);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        }
    };

    private final String tag;
    private final String keyType;
    private final String jcaName;

    DkimAlgorithm(String tag, String keyType, String jcaName) {
        this.tag = tag;
        this.keyType = keyType;
        this.jcaName = jcaName;
    }

    /** The {@code a=} value. */
    public String tag() {
        return tag;
    }

    /** The key record's {@code k=} value. */
    public String keyType() {
        return keyType;
    }

    public static Optional<DkimAlgorithm> byTag(String tag) {
        return Arrays.stream(values()).filter(a -> a.tag.equalsIgnoreCase(tag.strip())).findFirst();
    }

    abstract byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException;

    abstract boolean verify(PublicKey key, byte[] data, byte[] signature) throws GeneralSecurityException;

    /** The octets that go base64-encoded into {@code p=}. */
    abstract byte[] publicKeyData(PublicKey key);

    abstract PublicKey publicKey(byte[] data) throws GeneralSecurityException;

    /** @param rsaBits ignored for Ed25519 */
    public KeyPair generate(int rsaBits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(jcaName);
            if (this == RSA_SHA256) {
                g.initialize(rsaBits);
            }
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no " + jcaName, e);
        }
    }

    public PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance(jcaName).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /** RSA keys shorter than 1024 bits must not be accepted (RFC 8301 3.2). */
    static boolean tooWeak(PublicKey key) {
        return key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 1024;
    }

    private static byte[] sha256(byte[] data) {
        return DkimSigner.sha256().digest(data);
    }
}
