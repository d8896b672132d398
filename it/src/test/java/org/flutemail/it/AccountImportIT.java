package org.flutemail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flutemail.it.support.ApiResponse;
import org.flutemail.it.support.FluteApi;
import org.flutemail.it.support.FluteServer;
import org.flutemail.it.support.FluteServerTest;
import org.flutemail.it.support.PythonPop3;
import org.flutemail.it.support.PythonSubmission;
import org.flutemail.it.support.TestMessages;
import org.junit.jupiter.api.Test;

/**
 * Bulk account creation with preset passwords, and the rule that comes with it: until its user has
 * set a password of their own, an account cannot log in to SMTP AUTH or POP3, with a reply that says
 * why (a wrong password keeps its usual reply), checked with Python's smtplib and poplib.
 */
@FluteServerTest(portOffset = 1500)
class AccountImportIT {

    private final FluteServer server;
    private final FluteApi api;

    AccountImportIT(FluteServer server, FluteApi api) {
        this.server = server;
        this.api = api;
    }

    @Test
    void accountsAreCreatedWithPresetOrGeneratedPasswordsAndEachBadRowIsReported() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String preset = "preset-" + tag + "@example.test";
        String generated = "generated-" + tag + "@example.test";
        String csv = "address,password,displayName,quotaBytes\n"
                + preset + ",Preset-Pass-123,\"Zhang, San\",\n"
                + generated + ",,Li Si,1048576\n"
                + preset + ",Another-Pass-1,Again,\n"
                + "not-an-address,Another-Pass-1,,\n"
                + "x-" + tag + "@unknown-domain.test,Another-Pass-1,,\n"
                + "weak-" + tag + "@example.test,short,,\n";

        JsonNode result = importCsv(csv).expect(200).json();

        assertThat(result.path("created").asInt()).isEqualTo(2);
        assertThat(result.path("failed").asInt()).isEqualTo(4);
        JsonNode rows = result.path("accounts");
        assertThat(rows.get(0).path("created").asBoolean()).isTrue();
        assertThat(rows.get(0).hasNonNull("password")).as("a preset password is not echoed").isFalse();
        String generatedPassword = rows.get(1).path("password").asText();
        assertThat(generatedPassword).hasSizeGreaterThanOrEqualTo(12);
        assertThat(rows.get(2).path("error").asText()).startsWith("line 4: ").contains("exists already");
        assertThat(rows.get(3).path("error").asText()).startsWith("line 5: ");
        assertThat(rows.get(4).path("error").asText()).startsWith("line 6: ").contains("not served here");
        assertThat(rows.get(5).path("error").asText()).startsWith("line 7: ").contains("at least 8");
        JsonNode account = api.get("accounts/" + generated).expect(200).json();
        assertThat(account.path("mustChangePassword").asBoolean()).isTrue();
        assertThat(account.path("displayName").asText()).isEqualTo("Li Si");
        assertThat(api.mailboxes(generated)).extracting(m -> m.name())
                .containsExactly("INBOX", "Sent", "Drafts", "Trash", "Junk");

        PythonPop3.Session pop = PythonPop3.withStls(server).session(generated, generatedPassword, "stat", "quit");
        assertThat(pop.error()).startsWith("-ERR [AUTH] password change required");
    }

    @Test
    void mailLoginsAreRefusedUntilTheUserChangesThePresetPasswordThemselves() {
        String address = "first-login-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
        importCsv("address,password\n" + address + ",Preset-Pass-123\n").expect(200);

        PythonSubmission.Result preset = submit(address, "Preset-Pass-123");
        assertThat(preset.stage()).isEqualTo("auth");
        assertThat(preset.reply()).startsWith("535 5.7.12 Password change required");
        PythonSubmission.Result wrong = submit(address, "Wrong-Pass-123");
        assertThat(wrong.reply()).as("a wrong password keeps its reply")
                .isEqualTo("535 5.7.8 Error: authentication credentials invalid");
        PythonPop3.Session pop = PythonPop3.withStls(server).session(address, "Preset-Pass-123", "stat", "quit");
        assertThat(pop.stage()).isEqualTo("login");
        assertThat(pop.error()).isEqualTo("-ERR [AUTH] password change required: set a new password before using"
                + " mail clients");
        assertThat(PythonPop3.withStls(server).session(address, "Wrong-Pass-123", "stat").error())
                .isEqualTo("-ERR [AUTH] invalid user name or password");

        FluteApi self = api.as(address, "Preset-Pass-123");
        assertThat(self.get("self").expect(200).json().path("mustChangePassword").asBoolean()).isTrue();
        assertThat(self.send("PUT", "self/password", Map.of("password", "Preset-Pass-123")).expect(400)
                .json().path("message").asText()).contains("must differ");
        assertThat(self.get("accounts").status()).as("a user is no administrator").isEqualTo(403);
        self.send("PUT", "self/password", Map.of("password", "My-Own-Pass-456")).expect(204);

        assertThat(self.get("self").status()).as("the old password is gone").isEqualTo(401);
        assertThat(api.as(address, "My-Own-Pass-456").get("self").expect(200).json()
                .path("mustChangePassword").asBoolean()).isFalse();
        assertThat(submit(address, "My-Own-Pass-456").sent()).isTrue();
        assertThat(PythonPop3.withStls(server).session(address, "My-Own-Pass-456", "stat", "quit").error()).isNull();

        api.send("PUT", "accounts/" + address + "/password", Map.of("password", "Reset-Pass-789", "mustChange", true))
                .expect(204);
        assertThat(submit(address, "Reset-Pass-789").reply()).startsWith("535 5.7.12");
        api.send("PUT", "accounts/" + address + "/password", Map.of("password", "Reset-Pass-789")).expect(204);
        assertThat(submit(address, "Reset-Pass-789").sent()).as("a plain reset leaves no flag").isTrue();
    }

    @Test
    void aDomainsAccountsExportAsCsvThatImportsBackAndADomainAdministratorExportsOnlyTheirOwn() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String from = "export-" + tag + ".test";
        String to = "reimport-" + tag + ".test";
        api.createDomain(from);
        api.createDomain(to);
        String formula = "=HYPERLINK(\"http://attacker.test\",\"click\")";
        api.createAccount("ann@" + from, "Ann-Pass-12345", formula);
        api.createAccount("zhang@" + from, "Zhang-Pass-12345", "张伟");

        ApiResponse exported = api.get("accounts/export?domain=" + from).expect(200);

        assertThat(exported.header("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(exported.header("Content-Disposition").orElseThrow()).contains("attachment", ".csv");
        String csv = new String(exported.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFaddress,displayName,quotaBytes,classOfService,state,createdAt\r\n")
                .contains("ann@" + from, "zhang@" + from, ",张伟,", "ACTIVE")
                .doesNotContain("Pass-12345");
        assertThat(csv.lines()).as("a formula stays text in a spreadsheet")
                .anyMatch(l -> l.startsWith("ann@" + from + ",\"'=HYPERLINK("));

        JsonNode reimported = importCsv(csv.replace("@" + from, "@" + to)).expect(200).json();
        assertThat(reimported.path("created").asInt()).as(reimported.toString()).isEqualTo(2);
        assertThat(api.get("accounts/ann@" + to).expect(200).json().path("displayName").asText()).isEqualTo(formula);
        assertThat(api.get("accounts/zhang@" + to).expect(200).json().path("displayName").asText()).isEqualTo("张伟");

        String login = "exporter-" + tag;
        api.post("domains/" + from + "/admins", Map.of("login", login, "password", "Exporter-Pass-123")).expect(201);
        FluteApi domainAdmin = api.as(login, "Exporter-Pass-123");
        assertThat(domainAdmin.get("accounts/export?domain=" + to).status()).isEqualTo(403);
        String own = new String(domainAdmin.get("accounts/export").expect(200).body(), StandardCharsets.UTF_8);
        assertThat(own).contains("ann@" + from).doesNotContain("@" + to).doesNotContain("@example.test");
        assertThat(api.as("ann@" + from, "Ann-Pass-12345").get("accounts/export?domain=" + from).status())
                .as("a user is no administrator").isEqualTo(403);
    }

    private PythonSubmission.Result submit(String address, String password) {
        return new PythonSubmission(server.submissionPort()).startTls().login(address, password)
                .send(address, List.of(address), TestMessages.simple(address, "first login").from(address).bytes());
    }

    private org.flutemail.it.support.ApiResponse importCsv(String csv) {
        return api.sendRaw("POST", "accounts/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }
}
