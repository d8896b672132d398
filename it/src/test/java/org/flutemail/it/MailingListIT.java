package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.Curl;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FakeSmtpPeer;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.PythonImap;
import org.flutemail.it.support.PythonSmtp;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mailing lists end to end: created over REST, posted to with smtplib by a member and by a stranger,
 * the copies read over IMAP with their list headers, an outside member reached through the outbound
 * queue with the list's bounce address as envelope sender, held posts moderated by an administrator
 * and by a moderator (a user, under /self/held), a one-click
 * unsubscribe posted with curl, two lists that are members of each other, and every bad request
 * and foreign caller refused with nothing changed.
 */
@FluteServerTest(portOffset = 3000, properties = {
    "flute.public.url=http://127.0.0.1:11080",
    "flute.outbound.routes=outside.test=127.0.0.1:" + MailingListIT.PEER_PORT})
class MailingListIT {

    static final int PEER_PORT = 13031;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final FluteServer server;
    private final FluteApi system;
    private final MailboxProbe probe;
    /** One for the class, as in OutboundDeliveryIT: the port is bound again too soon after a close. */
    private static FakeSmtpPeer outside;
    private String domain;
    private String team;
    private String alice;
    private String bob;
    private String carol;

    MailingListIT(FluteServer server, FluteApi api, MailboxProbe probe) {
        this.server = server;
        this.system = api;
        this.probe = probe;
    }

    @BeforeAll
    static void startPeer() throws Exception {
        outside = new FakeSmtpPeer(PEER_PORT);
    }

    @AfterAll
    static void closePeer() throws Exception {
        outside.close();
    }

    @BeforeEach
    void aDomainWithThreePeopleAndAList() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "lists-" + tag + ".test";
        system.createDomain(domain);
        alice = "alice@" + domain;
        bob = "bob@" + domain;
        carol = "carol@" + domain;
        for (String a : List.of(alice, bob, carol)) {
            system.createAccount(a, FluteApi.ACCOUNT_PASSWORD, a);
        }
        team = "team@" + domain;
        system.post("lists", Map.of("address", team, "name", "Team", "subjectPrefix", "[Team]",
                "members", List.of(alice, bob), "moderators", List.of(carol))).expect(201);
    }

    @Test
    void aMembersPostReachesEveryMemberWithTheListHeadersAndBouncesGoToTheList() {
        system.post("lists/" + team + "/members", Map.of("address", "friend@outside.test")).expect(200);
        TestMessages.RawMessage post = TestMessages.simple(team, "plans for friday").from(alice);
        assertThat(new PythonSmtp(server).send(alice, List.of(team), post.bytes()).sent()).isTrue();

        probe.awaitInInbox(bob, post.messageId());
        String header = imapHeader(bob, post.messageId());
        assertThat(header).contains("List-Id: Team <team." + domain + ">\r\n",
                "List-Post: <mailto:" + team + ">\r\n",
                "List-Help: <mailto:" + team + "?subject=help>\r\n",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n",
                "Reply-To: Team <" + team + ">\r\n",
                "Subject: [Team] plans for friday\r\n",
                "X-Loop: " + team + "\r\n");
        assertThat(unsubscribeUrl(header)).startsWith("http://127.0.0.1:11080/api/v1/lists/unsubscribe/");
        probe.awaitInInbox(alice, post.messageId());

        FakeSmtpPeer.Received out = Eventually.await("the copy for the outside member", WAIT,
                () -> outside.received().stream().findFirst(), outside::received);
        assertThat(out.recipients()).containsExactly("friend@outside.test");
        assertThat(out.sender()).isEqualTo("team-bounces@" + domain);
        assertThat(out.content()).contains("List-Id: Team <team." + domain + ">", "Subject: [Team] plans for friday");
        JsonNode toBob = system.get("trace?recipient=" + FluteApi.segment(bob)).expect(200).json();
        assertThat(toBob.findValuesAsText("sender")).containsOnly("team-bounces@" + domain);
    }

    @Test
    void aStrangersPostIsHeldUntilAModeratorApprovesOrRejectsIt() {
        TestMessages.RawMessage first = TestMessages.simple(team, "buy now");
        TestMessages.RawMessage second = TestMessages.simple(team, "buy again");
        new PythonSmtp(server).send(TestMessages.SENDER, List.of(team), first.bytes());
        new PythonSmtp(server).send(TestMessages.SENDER, List.of(team), second.bytes());
        JsonNode held = Eventually.await("two held posts", WAIT, () -> {
            JsonNode h = system.get("lists/" + team + "/held").expect(200).json();
            return h.size() == 2 ? Optional.of(h) : Optional.empty();
        }, () -> system.get("lists/" + team + "/held").text());
        assertThat(held.findValuesAsText("subject")).containsExactlyInAnyOrder("buy now", "buy again");
        assertThat(held.findValuesAsText("sender")).containsOnly(TestMessages.SENDER);
        assertThat(system.get("lists/" + team).expect(200).json().path("held").asInt()).isEqualTo(2);
        assertThat(copiesSpooled(first.messageId())).as("nothing sent while held").isZero();
        int firstIndex = held.get(0).path("subject").asText().equals("buy now") ? 0 : 1;
        long approved = held.get(firstIndex).path("id").asLong();
        long rejected = held.get(1 - firstIndex).path("id").asLong();

        FluteApi moderator = system.as(carol, FluteApi.ACCOUNT_PASSWORD);
        FluteApi member = system.as(bob, FluteApi.ACCOUNT_PASSWORD);
        assertThat(moderator.get("self/held").expect(200).json().findValuesAsText("subject"))
                .containsExactlyInAnyOrder("buy now", "buy again");
        assertThat(member.get("self/held").expect(200).json()).as("not a moderator").isEmpty();
        member.post("self/held/" + approved + "/approve", null).expect(404);
        member.get("lists/" + team + "/held").expect(403);

        system.post("lists/" + team + "/held/" + approved + "/approve", null).expect(204);
        moderator.delete("self/held/" + rejected).expect(204);

        probe.awaitInInbox(bob, first.messageId());
        assertThat(copiesSpooled(first.messageId())).as("one per member").isEqualTo(2);
        assertThat(copiesSpooled(second.messageId())).as("rejected: no copy").isZero();
        assertThat(system.get("lists/" + team + "/held").expect(200).json()).isEmpty();
        system.post("lists/" + team + "/held/" + rejected + "/approve", null).expect(404);
        assertThat(system.get("audit?action=list.held&domain=" + domain).expect(200).json().findValuesAsText("action"))
                .containsExactlyInAnyOrder("list.held.approve", "list.held.reject");

        system.send("PUT", "lists/" + team, Map.of("refuseOthers", true)).expect(200);
        TestMessages.RawMessage third = TestMessages.simple(team, "buy once more");
        new PythonSmtp(server).send(TestMessages.SENDER, List.of(team), third.bytes());
        String toTeam = "trace?recipient=" + FluteApi.segment(team);
        JsonNode refused = Eventually.await("the refusal in the trace", WAIT, () -> {
            for (JsonNode t : system.get(toTeam).expect(200).json()) {
                if (t.path("state").asText().equals("FAILED")) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }, () -> system.get(toTeam).text());
        assertThat(refused.path("error").asText()).contains("does not take posts from " + TestMessages.SENDER);
        assertThat(system.get("lists/" + team + "/held").expect(200).json()).isEmpty();
    }

    @Test
    void aOneClickUnsubscribeRemovesThatMemberOnlyAndOnlyByPost() {
        TestMessages.RawMessage post = TestMessages.simple(team, "newsletter").from(alice);
        new PythonSmtp(server).send(alice, List.of(team), post.bytes());
        probe.awaitInInbox(bob, post.messageId());
        String url = unsubscribeUrl(imapHeader(bob, post.messageId()));

        assertThat(Curl.form("GET", url, null).status()).as("a link preview changes nothing").isEqualTo(405);
        assertThat(Curl.form("POST", url, "List-Unsubscribe=Yes").status()).isEqualTo(400);
        String tampered = url.substring(0, url.length() - 3) + (url.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(Curl.form("POST", tampered, "List-Unsubscribe=One-Click").status()).isEqualTo(404);
        assertThat(members()).containsExactly(alice, bob);

        Curl.HttpOutcome done = Curl.form("POST", url, "List-Unsubscribe=One-Click");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains(team);
        assertThat(members()).containsExactly(alice);
        assertThat(Curl.form("POST", url, "List-Unsubscribe=One-Click").status()).as("once only").isEqualTo(404);
        JsonNode audit = system.get("audit?action=list.member.unsubscribe&domain=" + domain).expect(200).json()
                .path("entries");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).path("detail").asText()).contains(bob);
        assertThat(audit.get(0).path("actor").asText()).as("the member who followed the link").isEqualTo(bob);
    }

    @Test
    void twoListsThatAreMembersOfEachOtherSendEachPersonOneCopyAndStopTheLoop() {
        String other = "other@" + domain;
        system.post("lists", Map.of("address", other, "name", "Other", "members", List.of(carol, team))).expect(201);
        system.post("lists/" + team + "/members", Map.of("address", other)).expect(200);
        TestMessages.RawMessage post = TestMessages.simple(team, "round and round").from(alice);
        new PythonSmtp(server).send(alice, List.of(team), post.bytes());

        JsonNode loop = Eventually.await("the copy that came back to " + team, WAIT, () -> {
            for (JsonNode t : system.get("trace?recipient=" + FluteApi.segment(team)).expect(200).json()) {
                if (t.path("error").asText().contains("mail loop")) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }, () -> system.get("trace?recipient=" + FluteApi.segment(team)).text());
        assertThat(loop.path("sender").asText()).isEqualTo("other-bounces@" + domain);
        for (String person : List.of(alice, bob, carol)) {
            probe.awaitInInbox(person, post.messageId());
            assertThat(probe.countInInbox(person, post.messageId())).as(person).isEqualTo(1);
        }
        assertThat(imapHeader(carol, post.messageId())).contains("X-Loop: " + team + "\r\n", "X-Loop: " + other
                + "\r\n", "List-Id: Other <other." + domain + ">").doesNotContain("List-Id: Team");
    }

    @Test
    void badInputAndForeignCallersAreRefusedAndChangeNothing() {
        List<ApiResponse> invalid = new ArrayList<>();
        invalid.add(system.post("lists", Map.of("name", "No address")));
        invalid.add(system.post("lists", Map.of("address", "news@" + domain)));
        invalid.add(system.post("lists", Map.of("address", "not an address", "name", "X")));
        invalid.add(system.post("lists", Map.of("address", "news@" + domain, "name", "X",
                "members", List.of("nobody@" + domain))));
        invalid.add(system.post("lists", Map.of("address", "news@" + domain, "name", "X", "postingPolicy", "EVERYONE")));
        invalid.add(system.post("lists", Map.of("address", "news-bounces@" + domain, "name", "X")));
        invalid.add(system.send("PUT", "lists/" + team, Map.of("subjectPrefix", "[x]\r\nBcc: all@outside.test")));
        invalid.add(system.post("lists/" + team + "/members", Map.of("address", "ghost@" + domain)));
        invalid.add(system.post("lists/" + team + "/members", Map.of("address", team)));
        assertThat(invalid).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(400));
        assertThat(invalid.get(3).json().path("message").asText()).contains("unknown member nobody@" + domain);

        system.post("lists", Map.of("address", team, "name", "Again")).expect(409);
        system.post("lists", Map.of("address", alice, "name", "Alice")).expect(409);
        system.post("accounts", Map.of("address", team, "password", FluteApi.ACCOUNT_PASSWORD)).expect(409);
        system.post("aliases", Map.of("address", team, "targets", List.of(alice))).expect(409);
        system.post("lists/" + team + "/members", Map.of("address", bob)).expect(409);
        system.delete("lists/" + team + "/members/" + carol).expect(404);
        system.post("lists", Map.of("address", "x@nowhere-" + domain, "name", "X")).expect(404);
        system.get("lists/missing@" + domain).expect(404);

        String foreign = "foreign-" + domain;
        system.createDomain(foreign);
        system.post("domains/" + foreign + "/admins", Map.of("login", "da-" + foreign, "password", "Domain-Admin-Pw-1"))
                .expect(201);
        FluteApi stranger = system.as("da-" + foreign, "Domain-Admin-Pw-1");
        List<ApiResponse> refused = List.of(
                stranger.get("lists?domain=" + domain),
                stranger.get("lists/" + team),
                stranger.send("PUT", "lists/" + team, Map.of("postingPolicy", "ANYONE")),
                stranger.post("lists/" + team + "/members", Map.of("address", "spy@outside.test")),
                stranger.delete("lists/" + team + "/members/" + bob),
                stranger.get("lists/" + team + "/held"),
                stranger.delete("lists/" + team));
        assertThat(refused).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(403));
        assertThat(stranger.get("lists").expect(200).json()).isEmpty();
        stranger.post("lists", Map.of("address", "own@" + foreign, "name", "Own")).expect(201);

        JsonNode list = system.get("lists/" + team).expect(200).json();
        assertThat(list.path("name").asText()).isEqualTo("Team");
        assertThat(list.path("postingPolicy").asText()).isEqualTo("MEMBERS");
        assertThat(list.path("subjectPrefix").asText()).isEqualTo("[Team]");
        assertThat(members()).containsExactly(alice, bob);
        assertThat(system.get("lists?domain=" + domain).expect(200).json().findValuesAsText("address"))
                .containsExactly(team);
        assertThat(system.get("audit?action=list&domain=" + domain).expect(200).json().findValuesAsText("action"))
                .containsExactly("list.create");
    }

    private List<String> members() {
        List<String> members = new ArrayList<>();
        system.get("lists/" + team).expect(200).json().path("members").forEach(m -> members.add(m.asText()));
        return members;
    }

    /** How many copies of the post the list spooled (one per member), from message tracing. */
    private long copiesSpooled(String messageId) {
        JsonNode traces = system.get("trace?messageId=" + FluteApi.segment(messageId)).expect(200).json();
        long copies = 0;
        for (JsonNode t : traces) {
            if (t.path("sender").asText().equals("team-bounces@" + domain)) {
                copies++;
            }
        }
        return copies;
    }

    /** The header of the message in the account's INBOX, fetched over IMAP with imaplib. */
    private String imapHeader(String account, String messageId) {
        PythonImap.Run run = PythonImap.withStartTls(server).session("a", account, FluteApi.ACCOUNT_PASSWORD)
                .step("a", "select", "INBOX")
                .step("a", "search", "", "HEADER", "Message-ID", "\"" + messageId + "\"")
                .run();
        String uid = run.result(1).lines().get(0).strip().split(" ")[0];
        PythonImap.Run fetch = PythonImap.withStartTls(server).session("a", account, FluteApi.ACCOUNT_PASSWORD)
                .step("a", "select", "INBOX")
                .step("a", "fetch", uid, "(BODY.PEEK[HEADER])")
                .run();
        return new String(fetch.result(1).literal(0), StandardCharsets.UTF_8);
    }

    private static String unsubscribeUrl(String header) {
        Matcher m = Pattern.compile("List-Unsubscribe: <([^>]+)>").matcher(header);
        assertThat(m.find()).as(header).isTrue();
        return m.group(1);
    }
}
