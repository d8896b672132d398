package org.flutemail.infrastructure.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.flutemail.fetch.PasswordCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchSecretTest {

    @TempDir
    Path data;

    @Test
    void theFirstStartMakesAKeyOnlyTheOwnerCanReadAndLaterStartsReadTheSameOne() throws Exception {
        Path file = data.resolve("secrets").resolve("fetch.key");

        byte[] first = FetchSecret.loadOrCreate(file);
        byte[] again = FetchSecret.loadOrCreate(file);

        assertThat(first).hasSize(PasswordCipher.KEY_BYTES).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        String stored = new PasswordCipher(first).encrypt("pass");
        assertThat(new PasswordCipher(again).decrypt(stored)).isEqualTo("pass");
    }
}
