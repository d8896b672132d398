package org.flutemail.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small client for Flute's administration API ({@code /api/v1}), authenticated with HTTP Basic.
 * The typed helpers fail the test when the server answers anything but success; {@link #send}
 * gives the raw answer for tests about the API itself.
 */
public final class FluteApi {

    public static final String ACCOUNT_PASSWORD = "Pw-for-tests-1";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final URI base;
    private final String authorization;

    FluteApi(URI base, String user, String password) {
        this(base, basic(user, password));
    }

    private FluteApi(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same API with other credentials. */
    public FluteApi as(String user, String password) {
        return new FluteApi(base, basic(user, password));
    }

    /** The same API without an Authorization header. */
    public FluteApi anonymous() {
        return new FluteApi(base, null);
    }

    // ---- domains, accounts, aliases

    public void createDomain(String name) {
        post("domains", Map.of("name", name)).expect(201);
    }

    /** Creates an account with a unique address {@code <prefix>-<random>@example.test} and returns it. */
    public String createAccount(String prefix) {
        String address = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + FluteServer.DOMAIN;
        createAccount(address, ACCOUNT_PASSWORD, prefix);
        return address;
    }

    public void createAccount(String address, String password, String displayName) {
        post("accounts", Map.of("address", address, "password", password, "displayName", displayName))
                .expect(201);
    }

    public void createAlias(String address, List<String> targets) {
        post("aliases", Map.of("address", address, "targets", targets)).expect(201);
    }

    public void suspend(String address) {
        post("accounts/" + segment(address) + "/suspend", null).expect(200, 204);
    }

    public void activate(String address) {
        post("accounts/" + segment(address) + "/activate", null).expect(200, 204);
    }

    // ---- mailboxes and messages

    public List<Mailbox> mailboxes(String address) {
        return get("accounts/" + segment(address) + "/mailboxes").expect(200)
                .as(new TypeReference<List<Mailbox>>() { });
    }

    public List<MessageSummary> messages(String address, String mailbox) {
        return get("accounts/" + segment(address) + "/mailboxes/" + segment(mailbox) + "/messages").expect(200)
                .as(new TypeReference<List<MessageSummary>>() { });
    }

    /** The raw stored message, as the server keeps it (its Received header first). */
    public byte[] content(String address, String mailbox, long uid) {
        return get("accounts/" + segment(address) + "/mailboxes/" + segment(mailbox) + "/messages/" + uid
                + "/content").expect(200).body();
    }

    // ---- raw requests

    public ApiResponse get(String path) {
        return send("GET", path, null);
    }

    public ApiResponse post(String path, Object jsonBody) {
        return send("POST", path, jsonBody);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a request; a String body is sent as it is (to test malformed JSON), anything else as JSON. */
    public ApiResponse send(String method, String path, Object body) {
        byte[] bytes = body == null ? null : body instanceof String text
                ? text.getBytes(StandardCharsets.UTF_8) : toJson(body);
        return sendRaw(method, path, bytes, bytes == null ? null : "application/json");
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    /** Percent-encodes one path segment; '@' may stay as it is (RFC 3986 pchar). */
    public static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~@".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static byte[] toJson(Object body) {
        try {
            return ApiResponse.JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // ---- raw bodies of other types (migration: CSV files, mbox uploads)

    /** Sends {@code body} (none when null) as it is with the given Content-Type. */
    public ApiResponse sendRaw(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String description = method + " /api/v1/" + path;
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiResponse(description, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError(description + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(description + " interrupted", e);
        }
    }
}
