package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.it.support.FluteApi.ACCOUNT_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailSettingsBody;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.MessageTraces;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.Test;

/**
 * A user's own settings acting at delivery on a real server: the automatic reply answers a sender
 * once and never bulk mail, forwarding with and without a copy, rules that move and mark read (a
 * Chinese subject in GB2312), the block list sending mail to Junk while the allow list wins, and a
 * class of service without FORWARDING refusing the setting and stopping forwarding already set.
 * Settings are made over {@code /api/v1/self/mail-settings} as the user; mail goes in by smtplib and is
 * read back by imaplib and the administration API.
 * "Exactly one reply" is read from the message trace once both originals are stored
 * ({@link MessageTraces}).
 */
@FluteServerTest(portOffset = 2600)
class MailRulesIT {

    private final FluteServer server;
    private final FluteApi api;
    private final PythonSmtp smtp;

    MailRulesIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
        this.smtp = new PythonSmtp(server);
    }

    @Test
    void theAutomaticReplyAnswersEachSenderOnceAndNeverBulkMail() {
        String alice = api.createAccount("away-alice");
        String bob = api.createAccount("away-bob");
        String carol = api.createAccount("away-carol");
        Map<String, Object> settings = defaults();
        settings.put("autoReplyEnabled", true);
        settings.put("autoReplySubject", "外出 / Out of office");
        settings.put("autoReplyBody", "I am away until Monday. 我下周一回来。");
        saveSettings(alice, settings).expect(204);

        String first = send(bob, alice, "Lunch?", "");
        String second = send(bob, alice, "Lunch tomorrow?", "");
        awaitCount(alice, "INBOX", 2);

        List<JsonNode> replies = spooledTo(bob);
        assertThat(replies).as("spool rows addressed to %s", bob).hasSize(1);
        assertThat(replies.get(0).path("sender").asText()).as("RFC 3834: the null sender").isEmpty();
        MessageSummary reply = awaitCount(bob, "INBOX", 1).get(0);
        String content = new String(api.content(bob, "INBOX", reply.uid()), StandardCharsets.UTF_8);
        assertThat(content).contains("Auto-Submitted: auto-replied").containsAnyOf("In-Reply-To: " + first,
                "In-Reply-To: " + second);
        assertThat(reply.subject()).isEqualTo("外出 / Out of office");

        send(carol, alice, "Newsletter", "Precedence: bulk\r\n");
        awaitCount(alice, "INBOX", 3);
        assertThat(spooledTo(carol)).as("no reply to bulk mail").isEmpty();

        PythonImap.Run imap = PythonImap.withStartTls(server).session("b", bob, ACCOUNT_PASSWORD)
                .step("b", "select", "INBOX").step("b", "search", "US-ASCII", "HEADER", "Auto-Submitted", "auto-replied")
                .run();
        assertThat(imap.result(1).lines()).containsExactly("1");
    }

    @Test
    void forwardingWithoutACopyLeavesNothingAndWithACopyKeepsOne() {
        String dave = api.createAccount("fwd-dave");
        String erin = api.createAccount("fwd-erin");
        String frank = api.createAccount("fwd-frank");
        String gina = api.createAccount("fwd-gina");
        saveSettings(dave, forwarding(List.of(erin), false)).expect(204);
        saveSettings(frank, forwarding(List.of(gina), true)).expect(204);

        String toDave = send(TestMessages.SENDER, dave, "For Dave", "");
        MessageSummary atErin = awaitCount(erin, "INBOX", 1).get(0);
        assertThat(atErin.messageId()).isEqualTo(toDave);
        assertThat(new String(api.content(erin, "INBOX", atErin.uid()), StandardCharsets.UTF_8))
                .contains("Delivered-To: " + dave);
        assertThat(api.messages(dave, "INBOX")).as("forwarded without a copy").isEmpty();
        assertThat(spooledTo(erin).get(0).path("sender").asText()).as("envelope sender of the copy").isEqualTo(dave);

        String toFrank = send(TestMessages.SENDER, frank, "For Frank", "");
        assertThat(awaitCount(gina, "INBOX", 1).get(0).messageId()).isEqualTo(toFrank);
        assertThat(api.messages(frank, "INBOX")).extracting(MessageSummary::messageId).containsExactly(toFrank);
        assertThat(MessageTraces.stepsTo(api, dave)).as("the trace says what the settings did")
                .containsExactly("filter: forwarded to " + erin + "; no copy kept");
        assertThat(MessageTraces.stepsTo(api, frank)).containsExactly("filter: forwarded to " + gina + "; filed into INBOX");
    }

    @Test
    void rulesMoveAChineseSubjectToAFolderAndMarkAnotherRead() {
        String harry = api.createAccount("rules-harry");
        Map<String, Object> settings = defaults();
        settings.put("rules", List.of(
                rule("SUBJECT", null, "CONTAINS", "发票", "MOVE", "Invoices", true),
                rule("SUBJECT", null, "CONTAINS", "WEEKLY", "MARK_READ", null, false)));
        saveSettings(harry, settings).expect(204);

        String invoice = send(TestMessages.SENDER, harry, "=?GB2312?B?x+uy6crVt6LGsQ==?=", "");
        String weekly = send(TestMessages.SENDER, harry, "Weekly report", "");
        assertThat(awaitCount(harry, "Invoices", 1).get(0).messageId()).isEqualTo(invoice);
        assertThat(awaitCount(harry, "INBOX", 1).get(0).messageId()).isEqualTo(weekly);

        PythonImap.Run imap = PythonImap.withStartTls(server).session("h", harry, ACCOUNT_PASSWORD)
                .step("h", "select", "INBOX").step("h", "search", "US-ASCII", "SEEN")
                .step("h", "select", "Invoices").step("h", "search", "US-ASCII", "UNSEEN")
                .run();
        assertThat(imap.result(1).lines()).as("marked read by the rule").containsExactly("1");
        assertThat(imap.result(3).lines()).as("moved, still unread").containsExactly("1");
        assertThat(MessageTraces.stepsTo(api, harry)).containsExactlyInAnyOrder("filter: filed into Invoices",
                "filter: filed into INBOX as \\Seen");
    }

    @Test
    void settingsMadeAfterMailHasArrivedApplyToTheNextMail() {
        // Delivery keeps "this account has no settings" (RecipientStatusCache): making them must end that.
        String judy = api.createAccount("late-judy");
        String before = send(TestMessages.SENDER, judy, "Quarterly figures", "");
        assertThat(awaitCount(judy, "INBOX", 1).get(0).messageId()).isEqualTo(before);

        Map<String, Object> settings = defaults();
        settings.put("rules", List.of(rule("SUBJECT", null, "CONTAINS", "quarterly", "MOVE", "Reports", false)));
        saveSettings(judy, settings).expect(204);
        String after = send(TestMessages.SENDER, judy, "Quarterly figures, corrected", "");
        assertThat(awaitCount(judy, "Reports", 1).get(0).messageId()).isEqualTo(after);

        settings.put("rules", List.of(rule("SUBJECT", null, "CONTAINS", "quarterly", "MOVE", "Archive", false)));
        saveSettings(judy, settings).expect(204);
        String changed = send(TestMessages.SENDER, judy, "Quarterly figures, final", "");
        assertThat(awaitCount(judy, "Archive", 1).get(0).messageId()).isEqualTo(changed);
        assertThat(api.messages(judy, "INBOX")).extracting(MessageSummary::messageId).containsExactly(before);
    }

    @Test
    void blockedSendersGoToJunkAndTheAllowListWins() {
        String ivan = api.createAccount("block-ivan");
        Map<String, Object> settings = defaults();
        settings.put("blockedSenders", "spam.example\nnuisance@other.example");
        settings.put("allowedSenders", "friend@spam.example");
        saveSettings(ivan, settings).expect(204);

        String blocked = send("promo@spam.example", ivan, "Buy now", "");
        String friend = send("friend@spam.example", ivan, "Hello from a friend", "");
        assertThat(awaitCount(ivan, "Junk", 1).get(0).messageId()).isEqualTo(blocked);
        assertThat(awaitCount(ivan, "INBOX", 1).get(0).messageId()).isEqualTo(friend);
        assertThat(MessageTraces.stepsTo(api, ivan)).as("only the blocked one is a step")
                .containsExactly("filter: sender on the block list; filed into Junk");

        JsonNode saved = api.as(ivan, ACCOUNT_PASSWORD).get("self/mail-settings").expect(200).json();
        assertThat(saved.path("blockedSenders").asText()).isEqualTo("spam.example\nnuisance@other.example");
        assertThat(saveSettings(ivan, Map.of("blockedSenders", "not an address!")).status()).isEqualTo(400);
    }

    @Test
    void withoutTheForwardingAccessTheSettingIsRefusedAndNothingIsForwarded() {
        String jack = api.createAccount("nofwd-jack");
        String kate = api.createAccount("nofwd-kate");
        String leo = api.createAccount("nofwd-leo");
        String noForwarding = "no-forwarding-" + System.nanoTime();
        api.post("classes-of-service", Map.of("name", noForwarding,
                "access", List.of("POP3", "IMAP", "WEBMAIL", "SMTP", "FETCH"))).expect(201);
        saveSettings(kate, forwarding(List.of(leo), false)).expect(204);
        for (String account : List.of(jack, kate)) {
            api.send("PUT", "accounts/" + FluteApi.segment(account) + "/class-of-service",
                    Map.of("name", noForwarding)).expect(200);
        }

        JsonNode refused = saveSettings(jack, forwarding(List.of(leo), true)).expect(403).json();
        assertThat(refused.path("message").asText()).contains("forwarding");
        JsonNode jackNow = api.as(jack, ACCOUNT_PASSWORD).get("self/mail-settings").expect(200).json();
        assertThat(jackNow.path("forwardTo")).isEmpty();
        assertThat(jackNow.path("forwardingGranted").asBoolean()).isFalse();

        String toKate = send(TestMessages.SENDER, kate, "Set before the class changed", "");
        assertThat(awaitCount(kate, "INBOX", 1).get(0).messageId()).as("kept although set without a copy")
                .isEqualTo(toKate);
        assertThat(spooledTo(leo)).as("nothing forwarded").isEmpty();
    }

    // --- helpers

    private String send(String from, String to, String subject, String extraHeaders) {
        String messageId = TestMessages.newMessageId();
        byte[] message = ("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: "
                + messageId + "\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\n" + extraHeaders
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello.\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        PythonSmtp.Result result = smtp.send(from, List.of(to), message);
        assertThat(result.sent()).as("smtplib: %s", result).isTrue();
        return messageId;
    }

    private List<MessageSummary> awaitCount(String account, String mailbox, int count) {
        return MessageTraces.awaitCount(api, account, mailbox, count);
    }

    private List<JsonNode> spooledTo(String address) {
        return MessageTraces.processedTo(api, address);
    }

    private ApiResponse saveSettings(String account, Map<String, Object> settings) {
        Map<String, Object> body = defaults();
        body.putAll(settings);
        return api.as(account, ACCOUNT_PASSWORD).send("PUT", "self/mail-settings", body);
    }

    private static Map<String, Object> defaults() {
        return MailSettingsBody.nothingOn();
    }

    private static Map<String, Object> forwarding(List<String> targets, boolean keepCopy) {
        Map<String, Object> settings = defaults();
        settings.put("forwardTo", targets);
        settings.put("forwardKeepCopy", keepCopy);
        return settings;
    }

    private static Map<String, Object> rule(String field, String header, String operator, String value,
            String action, String argument, boolean stop) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("field", field);
        rule.put("headerName", header);
        rule.put("operator", operator);
        rule.put("value", value);
        rule.put("action", action);
        rule.put("argument", argument);
        rule.put("stopProcessing", stop);
        return rule;
    }
}
