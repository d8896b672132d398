package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.flutemail.it.imaptest.ConformanceReport;
import org.flutemail.it.imaptest.ImaptestRunner;
import org.flutemail.it.imaptest.ImaptestScripts;
import org.flutemail.it.imaptest.ImaptestTarget;
import org.flutemail.it.imaptest.ImaptestTarget.Account;
import org.flutemail.it.imaptest.ScriptResult;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs every imaptest script against Flute's IMAP server (STARTTLS, then LOGIN) and prints the
 * PASS/FAIL/SKIP table. The assertion is a ratchet on {@code imaptest-baseline.txt}, the scripts
 * that pass today: one of them failing is a regression, and a script outside it passing means the
 * baseline must grow. Failures outside the baseline are what is still missing; docs/conformance.md
 * lists them.
 */
@FluteServerTest(portOffset = 1700)
class ImapConformanceIT {

    private static final String BASELINE = "imaptest-baseline.txt";

    private final FluteServer server;
    private final FluteApi api;

    ImapConformanceIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void baselineScriptsPassAndNoOtherDoes() throws IOException {
        Path scripts = ImaptestScripts.locate().orElseThrow(() -> new AssertionError(
                "imaptest scripts not found beside the repository (shared/conformance/imaptest): "
                        + "set -Dflute.it.imaptest.dir"));
        List<Account> accounts = List.of(new Account(api.createAccount("imaptest"), ACCOUNT_PASSWORD),
                new Account(api.createAccount("imaptest-second"), ACCOUNT_PASSWORD));
        ImaptestTarget flute = ImaptestTarget.startTls(FluteServer.HOST, server.imapPort(), accounts)
                .tracedTo(Paths.get("target", "imaptest-trace", "flute"));

        ConformanceReport report = new ImaptestRunner(flute).runAll(scripts);
        System.out.println("imaptest scripts against Flute (exchanges in target/imaptest-trace/flute):\n"
                + report.table());

        Set<String> baseline = baseline();
        assertThat(baseline).as("baseline names that are no script").allMatch(name -> report.result(name) != null);
        List<String> regressions = baseline.stream().map(report::result)
                .filter(result -> result != null && !result.passed())
                .map(result -> result.script() + ": " + result.outcome() + " " + result.detail())
                .toList();
        Set<String> newlyPassing = new TreeSet<>(report.passed());
        newlyPassing.removeAll(baseline);
        assertThat(regressions).as("scripts of %s that no longer pass", BASELINE).isEmpty();
        assertThat(newlyPassing).as("scripts that pass now: add them to %s (and docs/conformance.md)", BASELINE)
                .isEmpty();
    }

    private static Set<String> baseline() throws IOException {
        Path file = Paths.get(System.getProperty("flute.it.resources", "src/test/resources"), BASELINE);
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
