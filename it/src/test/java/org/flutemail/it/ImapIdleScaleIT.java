package org.flutemail.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.IdleCrowd;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.ServerJmx;
import org.junit.jupiter.api.Test;

/**
 * Idle IMAP connections cost no thread: hundreds of clients in IDLE (IMAPS and STARTTLS) leave the
 * server's thread count nearly where it was, each hears of one delivered message, and other clients
 * are served meanwhile.
 */
@FluteServerTest(portOffset = 1900)
class ImapIdleScaleIT {

    private static final int CROWD = 400;

    private final FluteServer server;
    private final FluteApi api;

    ImapIdleScaleIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @Test
    void hundredsOfIdlingClientsHoldNoThreadsAndAllHearOfNewMail() throws Exception {
        String crowdUser = api.createAccount("idle-crowd");
        String otherUser = api.createAccount("idle-other");
        try (ServerJmx jmx = ServerJmx.attach(server)) {
            int before = jmx.liveThreads();
            try (IdleCrowd crowd = IdleCrowd.start(server, crowdUser, ACCOUNT_PASSWORD, CROWD, 50)) {
                JsonNode ready = crowd.ready();
                assertThat(ready.get("idling").asInt()).as("idling clients: %s", ready).isEqualTo(CROWD);

                // Logins took pool threads for a moment; idle pool threads die after 10 s.
                int idling = Eventually.await("the server's threads to settle", Duration.ofSeconds(60),
                        () -> Optional.of(jmx.liveThreads()).filter(n -> n - before < CROWD / 10), jmx::liveThreads);
                System.out.printf("live threads: %d before, %d with %d clients in IDLE%n", before, idling, CROWD);
                assertThat(idling - before).isLessThan(CROWD / 10);

                PythonImap.Run other = PythonImap.implicitTls(server).session("b", otherUser, ACCOUNT_PASSWORD)
                        .step("b", "append", "INBOX", "", "", PythonImap.octets("Subject: other\r\n\r\nx\r\n"
                                .getBytes(US_ASCII)))
                        .step("b", "select", "INBOX")
                        .step("b", "fetch", "1", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
                        .run();
                assertThat(other.result(2).lines()).first().asString()
                        .startsWith("1 (BODY[HEADER.FIELDS (SUBJECT)] {18}");

                JsonNode heard = crowd.deliverAndListen();
                System.out.println("IDLE news: " + heard);
                assertThat(heard.get("heard").asInt()).as("clients told of the delivery: %s", heard)
                        .isEqualTo(CROWD);
            }
        }
    }
}
