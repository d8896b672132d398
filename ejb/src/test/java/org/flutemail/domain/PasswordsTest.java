package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        SaltedPassword stored = Passwords.hash("correct horse battery");
        assertThat(Passwords.matches("correct horse battery", stored)).isTrue();
        assertThat(Passwords.matches("correct horse batterY", stored)).isFalse();
        assertThat(Passwords.matches("", stored)).isFalse();
        assertThat(Passwords.matches(null, stored)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        SaltedPassword a = Passwords.hash("same password");
        SaltedPassword b = Passwords.hash("same password");
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(a.iterations()).isEqualTo(Passwords.DEFAULT_ITERATIONS);
    }

    @Test
    void shortAndHugePasswordsAreRefused() {
        assertThatThrownBy(() -> Passwords.hash("short")).isInstanceOf(WeakPasswordException.class);
        assertThatThrownBy(() -> Passwords.hash("x".repeat(201))).isInstanceOf(WeakPasswordException.class);
    }

    /**
     * The stored hash is the SCRAM-SHA-256 SaltedPassword: with it, the client proof of the RFC 7677
     * section 3 example exchange checks out. This is what lets the server's realm and later SCRAM
     * authentication use the same columns.
     */
    @Test
    void storedHashIsTheScramSaltedPasswordOfRfc7677() throws Exception {
        byte[] salt = Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ==");
        byte[] saltedPassword = Passwords.pbkdf2("pencil", salt, 4096);
        String authMessage = "n=user,r=rOprNGfwEbeRWgbNEkqO,"
                + "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
                + "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
        byte[] clientKey = hmac(saltedPassword, "Client Key");
        byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
        byte[] signature = hmac(storedKey, authMessage);
        byte[] proof = new byte[clientKey.length];
        for (int i = 0; i < proof.length; i++) {
            proof[i] = (byte) (clientKey[i] ^ signature[i]);
        }
        assertThat(Base64.getEncoder().encodeToString(proof))
                .isEqualTo("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        String a = Passwords.generate(20);
        assertThat(a).hasSize(20).matches("[a-zA-Z2-9]+");
        assertThat(Passwords.generate(20)).isNotEqualTo(a);
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
