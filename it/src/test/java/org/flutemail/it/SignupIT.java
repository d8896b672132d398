package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.Curl;
import org.flutemail.it.support.Eventually;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.MailboxProbe;
import org.flutemail.it.support.MessageSummary;
import org.flutemail.it.support.PythonImap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Self-service sign-up over REST: off until a domain's administrator turns it on; a stranger's request
 * over the public {@code POST /api/v1/signups} is checked at once (taken names, reserved names, bad
 * input, the honeypot); approving creates an account that logs in over IMAP (Python imaplib) with the
 * password chosen in the request, refusing creates none; the requester's contact address hears the
 * decision in the language they asked in; other domains' administrators and users are refused; the
 * limits per client address and per domain answer 429 and 409. Each test has a domain of its own.
 */
@FluteServerTest(portOffset = 3600, properties = {"flute.signup.per-client-per-hour=40",
        "flute.signup.max-pending-per-domain=3"})
class SignupIT {

    private static final String ADMIN_PASSWORD = "Signup-Admin-Pw-1";
    private static final String CHOSEN_PASSWORD = "Chosen-by-the-requester-9";
    private static final int PER_CLIENT_PER_HOUR = 40;
    private static final Duration NOTICE_TIMEOUT = Duration.ofSeconds(60);

    private final FluteServer server;
    private final FluteApi system;
    private final FluteApi anonymous;
    private String tag;
    private String domain;
    private FluteApi domainAdmin;
    private FluteApi otherDomainAdmin;
    private String contact;

    SignupIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.system = api;
        this.anonymous = api.anonymous();
    }

    @BeforeEach
    void aDomainWithItsAdministratorAndAnotherDomainWithItsOwn() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "join-" + tag + ".test";
        String other = "other-" + tag + ".test";
        system.createDomain(domain);
        system.createDomain(other);
        system.post("domains/" + domain + "/admins", Map.of("login", "da-" + tag, "password", ADMIN_PASSWORD))
                .expect(201);
        system.post("domains/" + other + "/admins", Map.of("login", "oa-" + tag, "password", ADMIN_PASSWORD))
                .expect(201);
        domainAdmin = system.as("da-" + tag, ADMIN_PASSWORD);
        otherDomainAdmin = system.as("oa-" + tag, ADMIN_PASSWORD);
        contact = "contact@" + other;
        system.createAccount(contact, FluteApi.ACCOUNT_PASSWORD, "Contact");
    }

    @Test
    void signUpIsOffUntilTheDomainsAdministratorTurnsItOn() {
        assertThat(domainAdmin.get("domains/" + domain + "/signup-policy").expect(200).json().path("allowed")
                .asBoolean()).isFalse();
        assertThat(anonymous.post("signups", form("ann", "en")).expect(409).text()).contains("not open");
        assertThat(openDomains()).doesNotContain(domain);

        otherDomainAdmin.send("PUT", "domains/" + domain + "/signup-policy", Map.of("allowed", true)).expect(403);
        system.as(contact, FluteApi.ACCOUNT_PASSWORD)
                .send("PUT", "domains/" + domain + "/signup-policy", Map.of("allowed", true)).expect(403);
        anonymous.send("PUT", "domains/" + domain + "/signup-policy", Map.of("allowed", true)).expect(401);
        assertThat(openDomains()).doesNotContain(domain);

        domainAdmin.send("PUT", "domains/" + domain + "/signup-policy", Map.of("allowed", true)).expect(200);
        assertThat(openDomains()).contains(domain);
        anonymous.post("signups", form("ann", "en")).expect(201);

        system.send("PUT", "domains/" + domain + "/signup-policy", Map.of("allowed", false)).expect(200);
        assertThat(openDomains()).doesNotContain(domain);
        assertThat(anonymous.post("signups", form("bob", "en")).expect(409).text()).contains("not open");
        assertThat(auditActions(domain)).contains("domain.signup");
    }

    @Test
    void anApprovedRequestBecomesAnAccountThatLogsInWithThePasswordChosenInTheRequest() {
        open();
        String address = "li.wei@" + domain;
        JsonNode received = askWithContact("Li.Wei", "en");
        assertThat(received.path("address").asText()).isEqualTo(address);
        assertThat(received.path("state").asText()).isEqualTo("PENDING");
        assertThat(imapLogin(address)).as("no account before the approval").isNotEqualTo("OK");

        JsonNode pending = single(domainAdmin.get("domains/" + domain + "/signups?state=pending").expect(200).json());
        assertThat(pending.path("address").asText()).isEqualTo(address);
        assertThat(pending.path("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(pending.path("contactAddress").asText()).isEqualTo(contact);
        assertThat(pending.toString()).doesNotContain("password").doesNotContain(CHOSEN_PASSWORD);

        JsonNode approved = domainAdmin.post("domains/" + domain + "/signups/" + pending.path("id").asLong()
                + "/approve", null).expect(200).json();
        assertThat(approved.path("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("decidedBy").asText()).isEqualTo("da-" + tag);
        assertThat(approved.hasNonNull("decidedAt")).isTrue();

        JsonNode account = system.get("accounts/" + address).expect(200).json();
        assertThat(account.path("displayName").asText()).isEqualTo("Requester " + tag);
        assertThat(imapLogin(address)).isEqualTo("OK");
        assertThat(awaitNotice(contact).subject()).contains(address).contains("ready");
        domainAdmin.post("domains/" + domain + "/signups/" + pending.path("id").asLong() + "/approve", null)
                .expect(409);
        assertThat(auditActions(address)).contains("signup.approve", "account.create");
    }

    @Test
    void aRefusedRequestCreatesNoAccountAndTellsTheRequesterWhyInTheirLanguage() {
        open();
        String address = "zhang@" + domain;
        askWithContact("zhang", "zh-CN");
        long id = single(domainAdmin.get("domains/" + domain + "/signups").expect(200).json()).path("id").asLong();

        JsonNode refused = domainAdmin.post("domains/" + domain + "/signups/" + id + "/refuse",
                Map.of("reason", "请使用公司邮箱")).expect(200).json();
        assertThat(refused.path("state").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("reason").asText()).isEqualTo("请使用公司邮箱");

        system.get("accounts/" + address).expect(404);
        assertThat(imapLogin(address)).isNotEqualTo("OK");
        assertThat(awaitNotice(contact).subject()).contains(address).contains("未获批准");
        domainAdmin.post("domains/" + domain + "/signups/" + id + "/approve", null).expect(409);
        system.get("accounts/" + address).expect(404);
        assertThat(auditActions(address)).contains("signup.refuse");
        // Refused, the name is free for another request.
        anonymous.post("signups", form("zhang", "zh-CN")).expect(201);
    }

    @Test
    void anAddressTakenByAnAccountAnAliasAListOrAWaitingRequestIsRefusedAtOnce() {
        open();
        system.createAccount("taken@" + domain, FluteApi.ACCOUNT_PASSWORD, "Taken");
        system.createAlias("office@" + domain, List.of("taken@" + domain));
        system.post("lists", Map.of("address", "team@" + domain, "name", "Team")).expect(201);
        anonymous.post("signups", form("waiting", "en")).expect(201);

        for (String name : List.of("taken", "TAKEN", "office", "team", "waiting")) {
            assertThat(anonymous.post("signups", form(name, "en")).expect(409).text()).as(name).contains("taken");
        }
        assertThat(anonymous.post("signups", form("postmaster", "en")).expect(400).text()).contains("reserved");
        assertThat(domainAdmin.get("domains/" + domain + "/signups").expect(200).json()).hasSize(1);
    }

    @Test
    void otherDomainsAdministratorsUsersAndStrangersCannotSeeOrDecide() {
        open();
        anonymous.post("signups", form("kept", "en")).expect(201);
        long id = single(domainAdmin.get("domains/" + domain + "/signups").expect(200).json()).path("id").asLong();
        FluteApi user = system.as(contact, FluteApi.ACCOUNT_PASSWORD);

        for (FluteApi refused : List.of(otherDomainAdmin, user)) {
            refused.get("domains/" + domain + "/signups").expect(403);
            refused.post("domains/" + domain + "/signups/" + id + "/approve", null).expect(403);
            refused.post("domains/" + domain + "/signups/" + id + "/refuse", Map.of("reason", "x")).expect(403);
        }
        anonymous.get("domains/" + domain + "/signups").expect(401);
        anonymous.post("domains/" + domain + "/signups/" + id + "/approve", null).expect(401);
        // Through a domain it does administer, the other domain's request is as unknown as none.
        String otherDomain = contact.substring(contact.indexOf('@') + 1);
        otherDomainAdmin.post("domains/" + otherDomain + "/signups/" + id + "/approve", null).expect(404);

        JsonNode still = single(system.get("domains/" + domain + "/signups").expect(200).json());
        assertThat(still.path("state").asText()).isEqualTo("PENDING");
        system.get("accounts/kept@" + domain).expect(404);
    }

    @Test
    void badInputIsRefusedWithA4xxAndChangesNothing() {
        open();
        Map<String, Object> honeypot = form("bot", "en");
        honeypot.put("honeypot", "http://spam.example");
        anonymous.post("signups", honeypot).expect(400);
        Map<String, Object> weak = form("weak", "en");
        weak.put("password", "short");
        assertThat(anonymous.post("signups", weak).expect(400).text()).contains("8");
        assertThat(anonymous.post("signups", form("a+b", "en")).expect(400).text()).contains("letters");
        assertThat(anonymous.post("signups", form(".dot", "en")).expect(400).text()).contains("begin and end");
        Map<String, Object> nameless = form("nameless", "en");
        nameless.put("displayName", " ");
        anonymous.post("signups", nameless).expect(400);
        Map<String, Object> badContact = form("contactless", "en");
        badContact.put("contactAddress", "not an address");
        anonymous.post("signups", badContact).expect(400);
        anonymous.sendRaw("POST", "signups", "{not json".getBytes(), "application/json").expect(400);
        anonymous.post("signups", null).expect(415);
        domainAdmin.get("domains/" + domain + "/signups?state=maybe").expect(400);
        domainAdmin.post("domains/" + domain + "/signups/999999999/approve", null).expect(404);
        domainAdmin.send("PUT", "domains/" + domain + "/signup-policy", Map.of()).expect(400);

        assertThat(domainAdmin.get("domains/" + domain + "/signups").expect(200).json()).isEmpty();
        system.get("accounts/bot@" + domain).expect(404);
    }

    @Test
    void approvalKeepsTheDomainsAccountLimitAndTheRequestWaits() {
        open();
        anonymous.post("signups", form("over", "en")).expect(201);
        long id = single(domainAdmin.get("domains/" + domain + "/signups").expect(200).json()).path("id").asLong();
        system.send("PUT", "domains/" + domain + "/limits", Map.of("maxAccounts", 0)).expect(200);

        assertThat(domainAdmin.post("domains/" + domain + "/signups/" + id + "/approve", null).expect(409).text())
                .contains("maximum");
        assertThat(single(domainAdmin.get("domains/" + domain + "/signups").expect(200).json()).path("state")
                .asText()).isEqualTo("PENDING");
        system.get("accounts/over@" + domain).expect(404);

        system.send("PUT", "domains/" + domain + "/limits", Map.of()).expect(200);
        domainAdmin.post("domains/" + domain + "/signups/" + id + "/approve", null).expect(200);
        assertThat(imapLogin("over@" + domain)).isEqualTo("OK");
    }

    @Test
    void aDomainTakesALimitedNumberOfWaitingRequests() {
        open();
        for (String name : List.of("one", "two", "three")) {
            anonymous.post("signups", form(name, "en")).expect(201);
        }
        assertThat(anonymous.post("signups", form("four", "en")).expect(409).text()).contains("too many");
        long id = domainAdmin.get("domains/" + domain + "/signups").expect(200).json().get(0).path("id").asLong();
        domainAdmin.post("domains/" + domain + "/signups/" + id + "/refuse", Map.of()).expect(200);
        anonymous.post("signups", form("four", "en")).expect(201);
    }

    @Test
    void oneClientAddressGetsItsHourlyNumberOfRequestsThen429() {
        // Its own source address (any 127.x reaches the loopback server), so the other tests' requests
        // from 127.0.0.1 neither count against it nor are refused after it.
        String source = "127.0.0." + (20 + Math.abs(tag.hashCode() % 200));
        String url = "http://" + FluteServer.HOST + ":" + server.httpPort() + "/api/v1/signups";
        String closed = "{\"domain\":\"" + domain + "\",\"localPart\":\"x\",\"displayName\":\"X\","
                + "\"password\":\"" + CHOSEN_PASSWORD + "\",\"language\":\"en\"}";
        for (int i = 0; i < PER_CLIENT_PER_HOUR; i++) {
            assertThat(Curl.jsonFrom(source, "POST", url, closed).status()).as("request " + (i + 1)).isEqualTo(409);
        }
        Curl.HttpOutcome throttled = Curl.jsonFrom(source, "POST", url, closed);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body()).contains("too many");
        open();
        assertThat(Curl.jsonFrom(source, "POST", url, closed).status()).isEqualTo(429);
        anonymous.post("signups", form("other-client", "en")).expect(201);
    }

    private void open() {
        domainAdmin.send("PUT", "domains/" + domain + "/signup-policy", Map.of("allowed", true)).expect(200);
    }

    private Map<String, Object> form(String localPart, String language) {
        Map<String, Object> form = new HashMap<>();
        form.put("domain", domain);
        form.put("localPart", localPart);
        form.put("displayName", "Requester " + tag);
        form.put("password", CHOSEN_PASSWORD);
        form.put("language", language);
        return form;
    }

    /** A request that leaves this test's contact address, answered 201. */
    private JsonNode askWithContact(String localPart, String language) {
        Map<String, Object> request = form(localPart, language);
        request.put("contactAddress", contact);
        return anonymous.post("signups", request).expect(201).json();
    }

    private List<String> openDomains() {
        List<String> names = new ArrayList<>();
        anonymous.get("signups/domains").expect(200).json().forEach(n -> names.add(n.asText()));
        return names;
    }

    private static JsonNode single(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    private String imapLogin(String address) {
        return PythonImap.withStartTls(server).step("a", "login_as", address, CHOSEN_PASSWORD).run().result(0).typ();
    }

    /** The notice in the contact's INBOX (the contact is a local account, so the mail stays on this server). */
    private MessageSummary awaitNotice(String to) {
        return Eventually.await("the sign-up notice to " + to, NOTICE_TIMEOUT,
                () -> system.messages(to, MailboxProbe.INBOX).stream().findFirst(),
                () -> system.messages(to, MailboxProbe.INBOX));
    }

    private List<String> auditActions(String target) {
        List<String> actions = new ArrayList<>();
        system.get("audit?target=" + target).expect(200).json().path("entries")
                .forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }
}
