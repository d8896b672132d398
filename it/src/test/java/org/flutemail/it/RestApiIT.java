package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.Mailbox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The administration API: authentication, status codes, error bodies, what a new account gets. */
@FluteServerTest(portOffset = 600)
class RestApiIT {

    private final FluteApi api;

    RestApiIT(FluteApi api) {
        this.api = api;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String address(String prefix) {
        return unique(prefix) + "@" + FluteServer.DOMAIN;
    }

    @Test
    void healthIsUpWithoutCredentials() {
        ApiResponse health = api.anonymous().get("health");

        assertThat(health.status()).as("%s", health).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    @Nested
    @DisplayName("only the administrator may use the API")
    class Authentication {

        @Test
        void withoutCredentialsTheAnswerIs401WithABasicChallenge() {
            ApiResponse response = api.anonymous().get("domains");

            assertThat(response.status()).as("%s", response).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWithIgnoringCase("Basic"));
        }

        @Test
        void withAWrongPasswordTheAnswerIs401() {
            assertThat(api.as(FluteServer.ADMIN_USER, "wrong-password").get("domains").status()).isEqualTo(401);
        }

        @Test
        void withAnUnknownUserTheAnswerIs401() {
            assertThat(api.as("mallory", FluteServer.ADMIN_PASSWORD).get("domains").status()).isEqualTo(401);
        }

        @Test
        void aRefusedWriteChangesNothing() {
            String name = unique("sneaky") + ".example";

            assertThat(api.anonymous().post("domains", Map.of("name", name)).status()).isEqualTo(401);

            assertThat(domainNames()).doesNotContain(name);
        }
    }

    @Nested
    @DisplayName("domains")
    class Domains {

        @Test
        void theConfiguredDomainIsServed() {
            assertThat(domainNames()).contains(FluteServer.DOMAIN);
        }

        @Test
        void aNewDomainIsCreatedAndListedWithItsState() {
            String name = unique("new") + ".example";

            assertThat(api.post("domains", Map.of("name", name)).status()).isEqualTo(201);

            JsonNode listed = findByField(api.get("domains").expect(200).json(), "name", name);
            assertThat(listed).as("domain %s in GET /domains", name).isNotNull();
            assertThat(listed.path("state").asText()).isNotBlank();
        }

        @Test
        void creatingAnExistingDomainIs409WithAnErrorBody() {
            String name = unique("twice") + ".example";
            api.createDomain(name);

            ApiResponse again = api.post("domains", Map.of("name", name));

            assertThat(again.status()).as("%s", again).isEqualTo(409);
            assertErrorBody(again);
        }

        @Test
        void aMalformedBodyIs400WithAnErrorBody() {
            ApiResponse response = api.post("domains", "{\"name\": ");

            assertThat(response.status()).as("%s", response).isEqualTo(400);
            assertErrorBody(response);
        }

        @Test
        void anInvalidDomainNameIs400() {
            ApiResponse response = api.post("domains", Map.of("name", "not a domain!"));

            assertThat(response.status()).as("%s", response).isEqualTo(400);
            assertErrorBody(response);
        }
    }

    @Nested
    @DisplayName("accounts")
    class Accounts {

        @Test
        void aNewAccountCanBeReadBack() {
            String address = address("ida");

            assertThat(api.post("accounts", accountJson(address)).status()).isEqualTo(201);

            ApiResponse read = api.get("accounts/" + address).expect(200);
            assertThat(read.json().path("address").asText()).isEqualToIgnoringCase(address);
            assertThat(read.text()).as("the account's JSON must not reveal the password")
                    .doesNotContain(FluteApi.ACCOUNT_PASSWORD);
        }

        @Test
        void aNewAccountHasTheStandardMailboxesAllEmpty() {
            String address = api.createAccount("jack");

            List<Mailbox> mailboxes = api.mailboxes(address);

            assertThat(mailboxes).extracting(Mailbox::name)
                    .contains("INBOX", "Sent", "Drafts", "Trash", "Junk")
                    .doesNotHaveDuplicates();
            assertThat(mailboxes).allSatisfy(mailbox -> {
                assertThat(mailbox.messages()).as(mailbox.name()).isZero();
                assertThat(mailbox.unseen()).as(mailbox.name()).isZero();
            });
            assertThat(api.messages(address, "INBOX")).isEmpty();
        }

        @Test
        void creatingAnExistingAccountIs409WithAnErrorBody() {
            String address = api.createAccount("kate");

            ApiResponse again = api.post("accounts", accountJson(address));

            assertThat(again.status()).as("%s", again).isEqualTo(409);
            assertErrorBody(again);
        }

        @Test
        void anAccountInAnUnknownDomainIsRefusedWithAnErrorBody() {
            String address = unique("leo") + "@" + unique("unknown") + ".example";

            ApiResponse response = api.post("accounts", accountJson(address));

            assertThat(response.status()).as("%s", response).isIn(400, 404);
            assertErrorBody(response);
            assertThat(api.get("accounts/" + address).status()).isEqualTo(404);
        }

        @Test
        void anAccountWithoutAnAddressIs400() {
            ApiResponse response = api.post("accounts", Map.of("password", "x-Password-1", "displayName", "No One"));

            assertThat(response.status()).as("%s", response).isEqualTo(400);
            assertErrorBody(response);
        }

        @Test
        void anUnknownAccountIs404WithAnErrorBody() {
            ApiResponse response = api.get("accounts/" + address("nobody"));

            assertThat(response.status()).as("%s", response).isEqualTo(404);
            assertErrorBody(response);
        }

        @Test
        void aDeletedAccountIsGone() {
            String address = api.createAccount("mia");

            assertThat(api.delete("accounts/" + address).status()).isIn(200, 204);

            assertThat(api.get("accounts/" + address).status()).isEqualTo(404);
            assertThat(api.get("accounts/" + address + "/mailboxes").status()).isEqualTo(404);
        }

        @Test
        void aDeletedAddressCanBeCreatedAgainWithEmptyMailboxes() {
            String address = api.createAccount("ned");
            api.delete("accounts/" + address).expect(200, 204);

            api.createAccount(address, FluteApi.ACCOUNT_PASSWORD, "Ned again");

            assertThat(api.mailboxes(address)).allSatisfy(mailbox -> assertThat(mailbox.messages()).isZero());
        }

        @Test
        void suspendAndActivateAreAccepted() {
            String address = api.createAccount("olga");

            assertThat(api.post("accounts/" + address + "/suspend", null).status()).isIn(200, 204);
            assertThat(api.post("accounts/" + address + "/activate", null).status()).isIn(200, 204);
            assertThat(api.get("accounts/" + address).status()).isEqualTo(200);
        }

        @Test
        void suspendingAnUnknownAccountIs404() {
            assertThat(api.post("accounts/" + address("nobody") + "/suspend", null).status()).isEqualTo(404);
        }

        private Map<String, String> accountJson(String address) {
            return Map.of("address", address, "password", FluteApi.ACCOUNT_PASSWORD, "displayName", "Test User");
        }
    }

    @Nested
    @DisplayName("aliases")
    class Aliases {

        @Test
        void anAliasToExistingAccountsIsCreated() {
            String alice = api.createAccount("alice");
            String bob = api.createAccount("bob");

            ApiResponse response = api.post("aliases", Map.of("address", address("team"), "targets", List.of(alice, bob)));

            assertThat(response.status()).as("%s", response).isEqualTo(201);
        }

        @Test
        void anAliasThatClashesWithAnAccountIs409() {
            String alice = api.createAccount("alice");
            String bob = api.createAccount("bob");

            ApiResponse response = api.post("aliases", Map.of("address", alice, "targets", List.of(bob)));

            assertThat(response.status()).as("%s", response).isEqualTo(409);
            assertErrorBody(response);
        }
    }

    private List<String> domainNames() {
        return api.get("domains").expect(200).json().findValuesAsText("name");
    }

    private static JsonNode findByField(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equalsIgnoreCase(element.path(field).asText())) {
                return element;
            }
        }
        return null;
    }

    /** Errors are JSON: {"error": "...", "message": "..."}. */
    private static void assertErrorBody(ApiResponse response) {
        assertThat(response.header("Content-Type")).as("Content-Type of %s", response)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = response.json();
        assertThat(body.path("error").asText()).as("\"error\" in %s", response).isNotBlank();
        assertThat(body.path("message").asText()).as("\"message\" in %s", response).isNotBlank();
    }
}
