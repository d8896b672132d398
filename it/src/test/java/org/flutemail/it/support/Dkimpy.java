package org.flutemail.it.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Checks DKIM signatures with dkimpy ({@code src/test/resources/dkim_verify.py}, Debian's
 * python3-dkim, hence the system's python3), the key record handed over instead of found in DNS.
 */
public final class Dkimpy {

    private static final String PYTHON = "/usr/bin/python3";

    private Dkimpy() {
    }

    /** Whether dkimpy can be imported here. */
    public static boolean isInstalled() {
        return ExternalCommand.run(List.of(PYTHON, "-c", "import dkim")).exitCode() == 0;
    }

    /** One line per signature of {@code message}, {@code "0 True"} for a good first one. */
    public static List<String> verify(byte[] message, String keyRecord) {
        Path script = Paths.get(System.getProperty("flute.it.resources", "src/test/resources"), "dkim_verify.py");
        Path file = ExternalCommand.temporaryFile(message);
        try {
            ExternalCommand.Outcome outcome = ExternalCommand.run(
                    List.of(PYTHON, script.toString(), file.toString(), keyRecord));
            if (outcome.exitCode() != 0) {
                throw new AssertionError("dkim_verify.py failed: " + outcome);
            }
            return outcome.stdoutText().lines().toList();
        } finally {
            ExternalCommand.deleteQuietly(file);
        }
    }
}
