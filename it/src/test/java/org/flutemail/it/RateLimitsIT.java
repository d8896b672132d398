package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.PythonSubmission;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hourly sending limits (issue 7), stored with {@code PUT /api/v1/settings} and applied by the SMTP
 * listeners without a restart: an account's messages and recipients over submission, a client address's
 * messages over the MX port, each refused {@code 450 4.7.1} once over, while others go on.
 */
@FluteServerTest(portOffset = 3800)
class RateLimitsIT {

    private static final List<String> LIMITS = List.of("messagesPerAccountPerHour", "messagesPerClientPerHour",
            "recipientsPerAccountPerHour");

    private final FluteServer server;
    private final FluteApi system;
    private final MailboxProbe probe;

    RateLimitsIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.system = api;
        this.probe = probe;
    }

    @AfterEach
    void limitsOff() {
        Map<String, String> off = new LinkedHashMap<>();
        LIMITS.forEach(key -> off.put(key, ""));
        system.send("PUT", "settings", off).expect(200);
    }

    @Test
    void anAccountsMessageBeyondTheLimitIsRefusedAtMailWhileAnotherAccountSendsAndARaiseAppliesAtOnce() {
        String alice = account("alice");
        String bob = account("bob");
        String to = account("to");
        system.send("PUT", "settings", Map.of("messagesPerAccountPerHour", "2")).expect(200);

        assertThat(submit(alice, to).sent()).isTrue();
        assertThat(submit(alice, to).sent()).isTrue();
        PythonSubmission.Result third = submit(alice, to);
        assertThat(third.stage()).as("%s", third).isEqualTo("mail");
        assertThat(third.reply()).startsWith("450 4.7.1 ").contains("too many messages from this account");
        assertThat(submit(bob, to).sent()).as("another account is not affected").isTrue();
        assertThat(system.get("metrics").expect(200).text()).as("refusals are scraped with the other counters")
                .containsPattern("(?m)^flute_smtp_limits_rate_limit_refused_total [1-9]");

        system.send("PUT", "settings", Map.of("messagesPerAccountPerHour", "3")).expect(200);
        assertThat(submit(alice, to).sent()).as("the raised limit applies to the next message").isTrue();
        assertThat(submit(alice, to).reply()).startsWith("450 4.7.1 ");
        assertThat(system.get("audit?action=settings.update").expect(200).json().findValuesAsText("detail"))
                .anySatisfy(d -> assertThat(d).contains("messagesPerAccountPerHour: 2 -> 3"));
    }

    @Test
    void aClientAddressOnTheMxPortIsCountedWithoutAuthAndAnotherAddressIsNot() {
        String to = account("mx");
        system.send("PUT", "settings", Map.of("messagesPerClientPerHour", "2")).expect(200);
        PythonSmtp here = new PythonSmtp(server);
        PythonSmtp.Result first = here.send(TestMessages.SENDER, List.of(to), TestMessages.simple(to, "one").bytes());
        assertThat(first.sent()).as("%s", first).isTrue();
        assertThat(here.send(TestMessages.SENDER, List.of(to), TestMessages.simple(to, "two").bytes()).sent()).isTrue();
        PythonSmtp.Result third = here.send(TestMessages.SENDER, List.of(to), TestMessages.simple(to, "three").bytes());
        assertThat(third.outcome()).isEqualTo("error");
        assertThat(third.code()).isEqualTo(450);
        assertThat(third.text()).startsWith("4.7.1 ").contains("from your address");

        TestMessages.RawMessage other = TestMessages.simple(to, "from elsewhere");
        assertThat(here.from("127.0.0.2").send(TestMessages.SENDER, List.of(to), other.bytes()).sent())
                .as("another client address is not affected").isTrue();
        probe.awaitInInbox(to, other.messageId());
    }

    @Test
    void recipientsBeyondTheAccountsHourlyLimitAreRefusedAtRcpt() {
        String carol = account("carol");
        String one = account("one");
        String two = account("two");
        String three = account("three");
        system.send("PUT", "settings", Map.of("recipientsPerAccountPerHour", "2")).expect(200);

        assertThat(submit(carol, one).sent()).isTrue();
        PythonSubmission.Result second = new PythonSubmission(server.submissionPort()).startTls()
                .login(carol, FluteApi.ACCOUNT_PASSWORD)
                .send(carol, List.of(two, three), TestMessages.simple(two, "two at once").from(carol).bytes());
        assertThat(second.outcome()).as("%s", second).isEqualTo("sent");
        assertThat(second.refused()).containsOnlyKeys(three);
        assertThat(second.refused().get(three).code()).isEqualTo(450);
        assertThat(second.refused().get(three).text()).startsWith("4.7.1 ").contains("too many recipients");
        PythonSubmission.Result third = submit(carol, one);
        assertThat(third.outcome()).as("every recipient refused: %s", third).isEqualTo("recipients-refused");
    }

    @Test
    void negativeAndHugeLimitsAreRefusedWithAJsonErrorAndNothingIsStored() {
        List<ApiResponse> invalid = List.of(
                system.send("PUT", "settings", Map.of("messagesPerAccountPerHour", "-1")),
                system.send("PUT", "settings", Map.of("messagesPerClientPerHour", "1000001")),
                system.send("PUT", "settings", Map.of("recipientsPerAccountPerHour", "lots", "maxRecipients", "5")));
        assertThat(invalid).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(400));
        assertThat(invalid).extracting(r -> r.json().path("message").asText()).satisfiesExactly(
                m -> assertThat(m).isEqualTo("messagesPerAccountPerHour: -1 is not between 0 and 1000000"),
                m -> assertThat(m).startsWith("messagesPerClientPerHour: "),
                m -> assertThat(m).isEqualTo("recipientsPerAccountPerHour: 'lots' is not a whole number"));
        for (JsonNode s : system.get("settings").expect(200).json()) {
            if (LIMITS.contains(s.path("key").asText()) || s.path("key").asText().equals("maxRecipients")) {
                assertThat(s.path("stored").asText(null)).as("%s", s).isNull();
            }
        }
        JsonNode off = system.send("PUT", "settings", Map.of("messagesPerClientPerHour", "0")).expect(200).json();
        assertThat(off.findValuesAsText("stored")).as("0 is a limit switched off, stored as such").contains("0");
    }

    /** A new account with a unique address, so that no test inherits another's counts. */
    private String account(String name) {
        return system.createAccount("rate-" + name);
    }

    private PythonSubmission.Result submit(String from, String to) {
        return new PythonSubmission(server.submissionPort()).startTls().login(from, FluteApi.ACCOUNT_PASSWORD)
                .send(from, List.of(to), TestMessages.simple(to, "rated").from(from).bytes());
    }
}
