package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A domain's public address book over REST: its administrators keep it, a domain administrator of
 * another domain and a user cannot change it (403, nothing changed), bad input is a 400 or 409 that
 * changes nothing, and a user reads their own domain's book, accounts included, at /self/address-book.
 * (Offset 2650's IMAP port is offset 1800's IMAPS port: take both locks to run it.)
 */
@FluteServerTest(portOffset = 2650)
class AddressBookRestIT {

    private static final String ADMIN_PASSWORD = "Domain-Admin-Pw-1";

    private final FluteApi system;
    private String own;
    private String foreign;
    private FluteApi ownAdmin;
    private FluteApi foreignAdmin;
    private String user;

    AddressBookRestIT(FluteApi api) {
        this.system = api;
    }

    @BeforeEach
    void twoDomainsEachWithAnAdministratorAndAUser() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        own = "book-" + tag + ".test";
        foreign = "other-" + tag + ".test";
        system.createDomain(own);
        system.createDomain(foreign);
        system.post("domains/" + own + "/admins", Map.of("login", "ba-" + tag, "password", ADMIN_PASSWORD))
                .expect(201);
        system.post("domains/" + foreign + "/admins", Map.of("login", "fa-" + tag, "password", ADMIN_PASSWORD))
                .expect(201);
        ownAdmin = system.as("ba-" + tag, ADMIN_PASSWORD);
        foreignAdmin = system.as("fa-" + tag, ADMIN_PASSWORD);
        user = "zhang@" + own;
        system.createAccount(user, FluteApi.ACCOUNT_PASSWORD, "张伟");
    }

    @Test
    void theDomainsAdministratorAddsChangesAndRemovesEntriesAndUsersReadTheBook() {
        JsonNode added = ownAdmin.post(book(own), entry("前台 Reception", "reception@" + own, "010-1234", "行政部"))
                .expect(201).json();
        long id = added.path("id").asLong();
        assertThat(added.path("address").asText()).isEqualTo("reception@" + own);
        ownAdmin.post(book(own), entry("Supplier", "Sales@Supplier.example", null, null)).expect(201);

        ownAdmin.send("PUT", book(own) + "/" + id, entry("前台", "reception@" + own, "010-9999", "行政部"))
                .expect(200);

        JsonNode entries = ownAdmin.get(book(own)).expect(200).json();
        assertThat(entries.findValuesAsText("address")).containsExactly("sales@supplier.example", "reception@" + own);
        assertThat(entries.get(1).path("phone").asText()).isEqualTo("010-9999");

        JsonNode seen = system.as(user, FluteApi.ACCOUNT_PASSWORD).get("self/address-book").expect(200).json();
        assertThat(seen.findValuesAsText("address")).as("the entries, then the domain's accounts")
                .containsExactly("sales@supplier.example", "reception@" + own, user);
        assertThat(seen.get(2).path("name").asText()).isEqualTo("张伟");

        ownAdmin.delete(book(own) + "/" + id).expect(204);
        assertThat(system.get(book(own)).expect(200).json().findValuesAsText("address"))
                .containsExactly("sales@supplier.example");
        assertThat(system.get("audit?action=address-book.").expect(200).json().path("entries")
                .findValuesAsText("target")).contains("reception@" + own, "sales@supplier.example");
    }

    @Test
    void anotherDomainsAdministratorAndAUserCannotChangeTheBook() {
        long id = ownAdmin.post(book(own), entry("Reception", "reception@" + own, null, null)).expect(201).json()
                .path("id").asLong();
        FluteApi asUser = system.as(user, FluteApi.ACCOUNT_PASSWORD);

        List<ApiResponse> refused = new ArrayList<>();
        refused.add(foreignAdmin.get(book(own)));
        refused.add(foreignAdmin.post(book(own), entry("Intruder", "intruder@" + own, null, null)));
        refused.add(foreignAdmin.send("PUT", book(own) + "/" + id, entry("Owned", "owned@" + own, null, null)));
        refused.add(foreignAdmin.delete(book(own) + "/" + id));
        refused.add(asUser.get(book(own)));
        refused.add(asUser.post(book(own), entry("Intruder", "intruder@" + own, null, null)));
        refused.add(asUser.send("PUT", book(own) + "/" + id, entry("Owned", "owned@" + own, null, null)));
        refused.add(asUser.delete(book(own) + "/" + id));

        assertThat(refused).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(403));
        assertThat(foreignAdmin.delete(book(foreign) + "/" + id).status())
                .as("an entry of another domain is not found through one's own").isEqualTo(404);
        assertThat(refused.subList(0, 4)).allSatisfy(r -> assertThat(r.json().path("error").asText())
                .isEqualTo("forbidden"));
        JsonNode entries = system.get(book(own)).expect(200).json();
        assertThat(entries.findValuesAsText("address")).containsExactly("reception@" + own);
        assertThat(entries.get(0).path("name").asText()).isEqualTo("Reception");
        assertThat(system.get(book(foreign)).expect(200).json()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAClearErrorAndChangesNothing() {
        long id = ownAdmin.post(book(own), entry("Reception", "reception@" + own, null, null)).expect(201).json()
                .path("id").asLong();

        assertError(ownAdmin.post(book(own), entry("No Address", null, null, null)), 400, "address");
        assertError(ownAdmin.post(book(own), entry(null, "nameless@" + own, null, null)), 400, "name");
        assertError(ownAdmin.post(book(own), entry("Bad", "not-an-address", null, null)), 400, "not-an-address");
        assertError(ownAdmin.post(book(own), entry("x".repeat(201), "long@" + own, null, null)), 400, "200");
        assertError(ownAdmin.post(book(own), entry("Twice", "Reception@" + own, null, null)), 409, "reception@");
        assertError(ownAdmin.sendRaw("POST", book(own), "{not json".getBytes(StandardCharsets.UTF_8),
                "application/json"), 400, "JSON");
        assertError(ownAdmin.send("PUT", book(own) + "/" + id, entry("Reception", "bad@", null, null)), 400, "bad@");
        assertError(ownAdmin.send("PUT", book(own) + "/999999", entry("Ghost", "ghost@" + own, null, null)), 404,
                "999999");
        assertError(system.get(book("unknown-" + own)), 404, "unknown-");

        JsonNode entries = system.get(book(own)).expect(200).json();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("address").asText()).isEqualTo("reception@" + own);
    }

    private static void assertError(ApiResponse response, int status, String mentioned) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.json().path("message").asText()).as("%s", response).contains(mentioned);
    }

    private static String book(String domain) {
        return "domains/" + domain + "/address-book";
    }

    private static Map<String, Object> entry(String name, String address, String phone, String department) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("address", address);
        body.put("phone", phone);
        body.put("department", department);
        return body;
    }
}
