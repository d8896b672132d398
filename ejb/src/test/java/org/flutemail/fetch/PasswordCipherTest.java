package org.flutemail.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordCipherTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
        Arrays.fill(OTHER_KEY, (byte) 9);
    }

    private final PasswordCipher cipher = new PasswordCipher(KEY);

    @Test
    void aPasswordComesBackAsItWentInAndIsNotStoredInClear() {
        String stored = cipher.encrypt("pässwörd with spaces");

        assertThat(stored).startsWith("v1:").doesNotContain("pässwörd");
        assertThat(cipher.decrypt(stored)).isEqualTo("pässwörd with spaces");
    }

    @Test
    void theSamePasswordEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("pass")).isNotEqualTo(cipher.encrypt("pass"));
    }

    @Test
    void anotherKeyCannotReadIt() {
        String stored = cipher.encrypt("pass");

        assertThatThrownBy(() -> new PasswordCipher(OTHER_KEY).decrypt(stored))
                .isInstanceOf(PasswordCipher.UnreadableSecretException.class)
                .hasMessageContaining("another key");
    }

    @Test
    void anAlteredValueIsRefusedRatherThanDecryptedToSomethingElse() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("pass").substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(PasswordCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher.decrypt("pass")).isInstanceOf(PasswordCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:%%%")).isInstanceOf(PasswordCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA")).isInstanceOf(PasswordCipher.UnreadableSecretException.class);
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new PasswordCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
