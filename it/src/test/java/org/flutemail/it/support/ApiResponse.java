package org.flutemail.it.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** What the REST API answered: status, headers and the raw body, with JSON views of it. */
public record ApiResponse(String request, int status, HttpHeaders headers, byte[] body) {

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The body as a JSON tree; fails the test (showing the body) if it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(request + " answered " + status + " with a body that is not JSON: " + text(), e);
        }
    }

    public <T> T as(TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new AssertionError(request + ": cannot read " + type.getType() + " from " + text(), e);
        }
    }

    /** Fails the test unless the status is one of {@code expected}; returns this for chaining. */
    public ApiResponse expect(int... expected) {
        if (Arrays.stream(expected).noneMatch(code -> code == status)) {
            throw new AssertionError(request + " answered " + status + ", expected " + Arrays.toString(expected)
                    + "; body: " + text());
        }
        return this;
    }

    @Override
    public String toString() {
        return request + " -> " + status + " " + text();
    }
}
