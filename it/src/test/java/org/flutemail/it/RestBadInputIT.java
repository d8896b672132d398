package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input to every endpoint that changes something: missing or malformed bodies, bad addresses and
 * names, duplicates, out-of-range numbers, unknown references. Each gets a 4xx with a JSON message
 * that says what is wrong, and nothing changes: every listing reads the same afterwards, and the
 * audit log, which records every administrative change, has no new entry.
 */
@FluteServerTest(portOffset = 2950)
class RestBadInputIT {

    private static final String PASSWORD = "Bad-Input-Pass-1";

    private final FluteApi api;
    private String domain;
    private String account;
    private String alias;
    private String domainAlias;

    RestBadInputIT(FluteApi api) {
        this.api = api;
    }

    @BeforeEach
    void aDomainWithAnAccountAnAliasAClassAndAnAdministrator() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        domain = "bad-" + tag + ".test";
        account = "ann@" + domain;
        alias = "team@" + domain;
        domainAlias = "alias-" + tag + ".test";
        api.createDomain(domain);
        api.post("domains/" + domain + "/aliases", Map.of("name", domainAlias)).expect(200, 201);
        api.createAccount(account, PASSWORD, "Ann");
        api.post("aliases", Map.of("address", alias, "targets", List.of(account))).expect(201);
        api.post("classes-of-service", Map.of("name", "cos-" + tag, "access", List.of("IMAP"))).expect(201);
        api.post("domains/" + domain + "/admins", Map.of("login", "admin-" + tag, "password", PASSWORD)).expect(201);
        api.post("domains/" + domain + "/address-book", Map.of("name", "Desk", "address", "desk@" + domain))
                .expect(201);
    }

    @Test
    void domainsClassesAndAdministratorsRefuseBadInputAndChangeNothing() {
        Map<String, String> before = snapshot();
        String existingClass = api.get("classes-of-service").expect(200).json().get(0).path("name").asText();

        List<Refusal> refusals = new ArrayList<>();
        refusals.add(refused("POST", "domains", "{}", 400));
        refusals.add(refused("POST", "domains", "{\"name\": \"not a domain!\"}", 400));
        refusals.add(refused("POST", "domains", "{\"name\": \"" + domain + "\"}", 409));
        refusals.add(refused("POST", "domains", "{\"name\": ", 400));
        refusals.add(refused("PUT", "domains/" + domain + "/limits", "{\"maxAccounts\": -1}", 400));
        refusals.add(refused("PUT", "domains/" + domain + "/limits", "{\"quotaBytes\": \"lots\"}", 400));
        refusals.add(refused("PUT", "domains/no-such-" + domain + "/limits", "{\"maxAccounts\": 5}", 404));
        refusals.add(refused("POST", "domains/no-such-" + domain + "/suspend", null, 404));
        refusals.add(refused("DELETE", "domains/no-such-" + domain, null, 404));
        refusals.add(refused("POST", "domains/" + domain + "/restore", null, 409));
        refusals.add(refused("POST", "domains/" + domain + "/aliases", "{\"name\": \"bad alias!\"}", 400));
        refusals.add(refused("POST", "domains/" + domain + "/aliases", "{\"name\": \"" + domain + "\"}", 400));
        refusals.add(refused("POST", "domains/" + domain + "/aliases", "{\"name\": \"" + domainAlias + "\"}", 409));
        refusals.add(refused("POST", "domains/" + domain + "/dkim", "{\"selector\": \"bad selector!\"}", 400));
        refusals.add(refused("POST", "domains/" + domain + "/dkim/nope/activate", null, 404));
        refusals.add(refused("POST", "classes-of-service", "{}", 400));
        refusals.add(refused("POST", "classes-of-service", "{\"name\": \"x\", \"access\": [\"TELEPATHY\"]}", 400));
        refusals.add(refused("POST", "classes-of-service", "{\"name\": \"" + existingClass + "\", \"access\": [\"IMAP\"]}",
                409));
        refusals.add(refused("POST", "classes-of-service", "{\"name\": \"neg\", \"quotaBytes\": -5}", 400));
        refusals.add(refused("PUT", "classes-of-service/no-such-class", "{\"name\": \"no-such-class\", \"access\": [\"IMAP\"]}",
                404));
        refusals.add(refused("POST", "domains/" + domain + "/admins", "{}", 400));
        refusals.add(refused("POST", "domains/" + domain + "/admins", "{\"login\": \"weak\", \"password\": \"123\"}", 400));
        refusals.add(refused("DELETE", "domains/" + domain + "/admins/nobody-here", null, 404));
        refusals.add(refused("POST", "domains/" + domain + "/address-book", "{\"name\": \"X\"}", 400));
        refusals.add(refused("POST", "domains/" + domain + "/address-book", "{\"name\": \"X\", \"address\": \"no at sign\"}",
                400));
        refusals.add(refused("PUT", "domains/" + domain + "/address-book/999999999",
                "{\"name\": \"X\", \"address\": \"x@" + domain + "\"}", 404));

        assertAllRefusedWithAMessage(refusals);
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void accountsAliasesQueueAndCertificatesRefuseBadInputAndChangeNothing() {
        Map<String, String> before = snapshot();

        List<Refusal> refusals = new ArrayList<>();
        refusals.add(refused("POST", "accounts", "{\"address\": \"bob@" + domain + "\"}", 400));
        refusals.add(refused("POST", "accounts", "{\"address\": \"no at sign\", \"password\": \"" + PASSWORD + "\"}", 400));
        refusals.add(refused("POST", "accounts", "{\"address\": \"" + account + "\", \"password\": \"" + PASSWORD + "\"}",
                409));
        refusals.add(refused("POST", "accounts", "{\"address\": \"" + alias + "\", \"password\": \"" + PASSWORD + "\"}",
                409));
        refusals.add(refused("POST", "accounts", "{\"address\": \"x@unknown-" + domain + "\", \"password\": \""
                + PASSWORD + "\"}", 400, 404));
        refusals.add(refused("POST", "accounts", "{\"address\": \"bob@" + domain + "\", \"password\": \"short\"}", 400));
        refusals.add(refused("POST", "accounts", "{\"address\": \"bob@" + domain + "\", \"password\": \"" + PASSWORD
                + "\", \"quotaBytes\": -1}", 400));
        refusals.add(refused("PUT", "accounts/" + account, "{\"quotaBytes\": -1}", 400));
        refusals.add(refused("PUT", "accounts/" + account + "/class-of-service", "{\"name\": \"no-such-class\"}", 400, 404));
        refusals.add(refused("PUT", "accounts/" + account + "/password", "{\"password\": \"short\"}", 400));
        refusals.add(refused("PUT", "accounts/" + account + "/password", "{}", 400));
        refusals.add(refused("POST", "accounts/nobody@" + domain + "/suspend", null, 404));
        refusals.add(refused("POST", "accounts/" + account + "/aliases", "{\"address\": \"" + account + "\"}", 409));
        refusals.add(refused("POST", "accounts/" + account + "/fetch-accounts", "{}", 400));
        refusals.add(refused("POST", "accounts/" + account + "/fetch-accounts",
                "{\"protocol\": \"GOPHER\", \"host\": \"pop.example.test\", \"user\": \"u\", \"password\": \"p\"}", 400));
        refusals.add(refused("POST", "aliases", "{\"address\": \"no at sign\", \"targets\": [\"" + account + "\"]}", 400));
        refusals.add(refused("POST", "aliases", "{\"address\": \"new@" + domain + "\", \"targets\": []}", 400));
        refusals.add(refused("POST", "aliases", "{\"address\": \"new@" + domain + "\", \"targets\": [\"not an address\"]}",
                400));
        refusals.add(refused("POST", "aliases", "{\"address\": \"" + alias + "\", \"targets\": [\"" + account + "\"]}", 409));
        refusals.add(refused("POST", "aliases", "{\"address\": \"" + account + "\", \"targets\": [\"" + account + "\"]}",
                409));
        refusals.add(refused("PUT", "aliases/" + alias, "{\"targets\": []}", 400));
        refusals.add(refused("POST", "queue/999999999/retry", null, 404));
        refusals.add(refused("POST", "queue/999999999/bounce", null, 404));
        refusals.add(refused("DELETE", "queue/999999999", null, 404));
        refusals.add(refused("PUT", "tls/certificate", "{\"certificate\": \"not a PEM\", \"privateKey\": \"nor this\"}", 400));
        refusals.add(refused("PUT", "tls/certificate", "{}", 400));
        refusals.add(refused("POST", "accounts/import", "", "text/csv", 400));
        refusals.add(refused("POST", "accounts/import", "no-address-column\nx\n", "text/csv", 400));
        refusals.add(refused("POST", "broadcasts", "{}", 400));
        refusals.add(refused("POST", "broadcasts", "{\"scope\": \"domain\", \"domain\": \"no-such-" + domain
                + "\", \"subject\": \"s\", \"body\": \"b\"}", 400, 404));
        refusals.add(refused("POST", "broadcasts", "{\"scope\": \"galaxy\", \"subject\": \"s\", \"body\": \"b\"}", 400));

        assertAllRefusedWithAMessage(refusals);
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
        assertThat(api.as(account, PASSWORD).get("self").expect(200).json().path("mustChangePassword").asBoolean())
                .as("the password was not touched").isFalse();
    }

    @Test
    void aUsersOwnSettingsRefuseBadInputAndStayAsTheyWere() {
        FluteApi self = api.as(account, PASSWORD);
        JsonNode before = self.get("self/mail-settings").expect(200).json();

        List<Refusal> refusals = new ArrayList<>();
        refusals.add(refused(self, "PUT", "self/password", "{\"password\": \"short\"}", "application/json", 400));
        refusals.add(refused(self, "PUT", "self/password", "{\"password\": \"" + PASSWORD + "\"}", "application/json", 400));
        refusals.add(refused(self, "PUT", "self/mail-settings", "{\"pageSize\": -3}", "application/json", 400));
        refusals.add(refused(self, "PUT", "self/mail-settings", "{\"timeZone\": \"Mars/Olympus\"}", "application/json", 400));
        refusals.add(refused(self, "PUT", "self/mail-settings", "{\"blockList\": [\"not an address\"]}",
                "application/json", 400));
        refusals.add(refused(self, "PUT", "self/mail-settings", "{", "application/json", 400));

        assertAllRefusedWithAMessage(refusals);
        assertThat(self.get("self/mail-settings").expect(200).json()).isEqualTo(before);
        assertThat(self.get("self").expect(200).status()).as("the password still works").isEqualTo(200);
    }

    // ---- what is compared before and after

    private Map<String, String> snapshot() {
        Map<String, String> state = new LinkedHashMap<>();
        for (String path : List.of("domains", "domains/" + domain, "accounts?domain=" + domain, "aliases?domain=" + domain,
                "classes-of-service", "domains/" + domain + "/admins", "domains/" + domain + "/address-book",
                "domains/" + domain + "/aliases", "domains/" + domain + "/dkim", "queue", "accounts/" + account,
                "accounts/" + account + "/aliases", "accounts/" + account + "/fetch-accounts")) {
            state.put(path, api.get(path).expect(200).text());
        }
        state.put("audit entries", api.get("audit?size=1").expect(200).json().path("total").asText());
        return state;
    }

    private record Refusal(String request, int status, List<Integer> expected, String contentType, String message) {
    }

    private Refusal refused(String method, String path, String body, int... expected) {
        return refused(api, method, path, body, "application/json", expected);
    }

    private Refusal refused(String method, String path, String body, String contentType, int... expected) {
        return refused(api, method, path, body, contentType, expected);
    }

    private static Refusal refused(FluteApi caller, String method, String path, String body, String contentType,
            int... expected) {
        ApiResponse response = caller.sendRaw(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                body == null ? null : contentType);
        String type = response.header("Content-Type").orElse("");
        String message = type.startsWith("application/json") ? response.json().path("message").asText("") : "";
        return new Refusal(method + " " + path + " " + (body == null ? "" : body), response.status(),
                java.util.Arrays.stream(expected).boxed().toList(), type, message);
    }

    private static void assertAllRefusedWithAMessage(List<Refusal> refusals) {
        assertThat(refusals).allSatisfy(r -> {
            assertThat(r.expected()).as(r.request() + " answered " + r.status() + " " + r.message()).contains(r.status());
            assertThat(r.contentType()).as(r.request() + ": a JSON error").startsWith("application/json");
            assertThat(r.message()).as(r.request() + ": the error says what is wrong").isNotBlank();
        });
    }
}
