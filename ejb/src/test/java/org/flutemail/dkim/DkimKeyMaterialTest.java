package org.flutemail.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DkimKeyMaterialTest {

    @Test
    void anRsaKeyIsPublishedAsA2048BitKeyInStringsOf255() throws Exception {
        DkimKeyMaterial rsa = TestMessages.RSA;
        DkimTxtRecord record = DkimTxtRecord.of("flute2026", "example.test", DkimAlgorithm.RSA_SHA256, rsa.publicKey());
        assertThat(record.name()).isEqualTo("flute2026._domainkey.example.test");
        assertThat(record.value()).startsWith("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");
        assertThat(record.strings()).hasSize(2).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(255));
        assertThat(String.join("", record.strings())).isEqualTo(record.value());
        assertThat(record.zoneLine()).isEqualTo("flute2026._domainkey.example.test. IN TXT \""
                + record.strings().get(0) + "\" \"" + record.strings().get(1) + "\"");
        DkimKeyRecord parsed = DkimKeyRecord.parse(record.value(), DkimAlgorithm.RSA_SHA256);
        assertThat(((RSAPublicKey) parsed.key()).getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void anEd25519KeyIsTheRaw32OctetsInOneString() throws Exception {
        DkimTxtRecord record = DkimTxtRecord.of("ed", "example.test", DkimAlgorithm.ED25519_SHA256,
                TestMessages.ED25519.publicKey());
        assertThat(record.value()).startsWith("v=DKIM1; k=ed25519; p=");
        assertThat(Base64.getDecoder().decode(TestMessages.ED25519.publicKey())).hasSize(32);
        assertThat(record.strings()).hasSize(1);
        assertThat(DkimKeyRecord.parse(record.value(), DkimAlgorithm.ED25519_SHA256).key().getAlgorithm())
                .isIn("EdDSA", "Ed25519");
    }

    @Test
    void aBarePkcs1RsaKeyIsAcceptedToo() throws Exception {
        byte[] spki = Base64.getDecoder().decode(TestMessages.RSA.publicKey());
        byte[] pkcs1 = java.util.Arrays.copyOfRange(spki, 24, spki.length); // SPKI header of a 2048-bit key
        String record = "v=DKIM1; p=" + Base64.getEncoder().encodeToString(pkcs1);
        assertThat(DkimKeyRecord.parse(record, DkimAlgorithm.RSA_SHA256).key().getEncoded()).isEqualTo(spki);
    }
}
