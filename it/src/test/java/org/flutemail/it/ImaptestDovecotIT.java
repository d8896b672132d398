package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flutemail.it.imaptest.AccountCleaner;
import org.flutemail.it.imaptest.ConformanceReport;
import org.flutemail.it.imaptest.ImaptestRunner;
import org.flutemail.it.imaptest.ImaptestScripts;
import org.flutemail.it.imaptest.ImaptestTarget;
import org.flutemail.it.imaptest.ImaptestTarget.Account;
import org.flutemail.it.imaptest.ScriptResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Checks the imaptest runner itself against the real Dovecot of the reference peer, which announces
 * nearly every capability the scripts need: whatever fails there is a runner bug until shown
 * otherwise. Runs as user6 (and user7 as {@code $user2}); skipped when the peer is not running.
 */
class ImaptestDovecotIT {

    private static final String PEER_HOST = "127.0.0.1";
    private static final int PEER_IMAP_PORT = 1143;
    private static final List<Account> PEER_USERS = List.of(new Account("user6", "pass"), new Account("user7", "pass"));

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void everyScriptWhoseCapabilitiesDovecotAnnouncesPassesThere() throws IOException {
        assumeThat(peerListening()).as("the reference peer's Dovecot on " + PEER_HOST + ":" + PEER_IMAP_PORT
                + " (start it with ../shared/peer/setup-peer.sh)").isTrue();
        Path scripts = ImaptestScripts.locate().orElseThrow(
                () -> new AssertionError("imaptest scripts not found: set -Dflute.it.imaptest.dir"));
        ImaptestTarget dovecot = ImaptestTarget.startTls(PEER_HOST, PEER_IMAP_PORT, PEER_USERS)
                .tracedTo(Paths.get("target", "imaptest-trace", "dovecot"));
        for (Account account : PEER_USERS) {
            AccountCleaner.clean(dovecot, account);
        }

        ConformanceReport report = new ImaptestRunner(dovecot).runAll(scripts);
        System.out.println("imaptest scripts against Dovecot (reference peer):\n" + report.table());

        assertThat(report.results()).filteredOn(r -> r.outcome() == ScriptResult.Outcome.FAIL).isEmpty();
        assertThat(report.count(ScriptResult.Outcome.PASS)).isGreaterThan(report.results().size() * 3L / 4);
    }

    /** Scripts written to fail show that the runner can tell a wrong reply from a right one. */
    @Test
    void controlScriptsFailForTheReasonTheyState() throws IOException {
        assumeThat(peerListening()).as("the reference peer's Dovecot on " + PEER_HOST + ":" + PEER_IMAP_PORT).isTrue();
        Path scripts = ImaptestScripts.locate().orElseThrow(
                () -> new AssertionError("imaptest scripts not found: set -Dflute.it.imaptest.dir"));
        Path controls = Paths.get(System.getProperty("flute.it.resources", "src/test/resources"), "imaptest-controls");
        ImaptestTarget dovecot = ImaptestTarget.startTls(PEER_HOST, PEER_IMAP_PORT, PEER_USERS);

        ConformanceReport report = new ImaptestRunner(dovecot).runAll(controls, scripts.resolve("default.mbox"));
        System.out.println("control scripts against Dovecot:\n" + report.table());

        assertThat(report.results()).hasSizeGreaterThanOrEqualTo(8);
        for (ScriptResult result : report.results()) {
            String reason = Files.readAllLines(controls.resolve(result.script())).get(0).replace("# expect: ", "");
            assertThat(result.outcome()).as(result.script()).isEqualTo(ScriptResult.Outcome.FAIL);
            assertThat(result.detail()).as(result.script()).contains(reason);
        }
    }

    private static boolean peerListening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(PEER_HOST, PEER_IMAP_PORT), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
