package org.flutemail.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts migration jobs through {@code /api/v1/migrations} and waits for their reports. */
public final class MigrationClient {

    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(240);

    private final FluteApi api;

    public MigrationClient(FluteApi api) {
        this.api = api;
    }

    /** POST /migrations (one account on an old server); returns the job id. */
    public long importAccount(Object body) {
        return api.post("migrations", body).expect(202).json().path("id").asLong();
    }

    /** POST /migrations/csv; returns the job id. */
    public long importCsv(String csv) {
        return api.sendRaw("POST", "migrations/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .expect(202).json().path("id").asLong();
    }

    public JsonNode job(long id) {
        return api.get("migrations/" + id).expect(200).json();
    }

    /** Polls the job until it is neither queued nor running; returns its last report. */
    public JsonNode awaitFinished(long id) {
        return Eventually.await("migration job " + id + " to finish", JOB_TIMEOUT, () -> {
            JsonNode job = job(id);
            String state = job.path("state").asText();
            return state.equals("QUEUED") || state.equals("RUNNING") ? Optional.empty() : Optional.of(job);
        }, () -> job(id));
    }

    /** The job's account reports. */
    public static List<JsonNode> accounts(JsonNode job) {
        List<JsonNode> reports = new ArrayList<>();
        job.path("accounts").forEach(reports::add);
        return reports;
    }

    public static JsonNode report(JsonNode job, String address) {
        return accounts(job).stream().filter(a -> a.path("address").asText().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + address + " in " + job));
    }
}
