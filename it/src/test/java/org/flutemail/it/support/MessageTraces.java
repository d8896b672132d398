package org.flutemail.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The message trace ({@code GET /trace}) of the mail spooled to an address. Mail the server makes
 * itself (automatic replies, forwarded copies) is spooled in the same commit as the delivery that
 * caused it, so once that delivery is seen, the trace holds every such message there will ever be:
 * "exactly one" is checked without waiting for something not to happen.
 */
public final class MessageTraces {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private MessageTraces() {
    }

    /** The spool rows addressed to {@code address}, returned once all of them are processed. */
    public static List<JsonNode> processedTo(FluteApi api, String address) {
        String path = "trace?recipient=" + FluteApi.segment(address);
        return Eventually.await("processing of mail to " + address, TIMEOUT, () -> {
            List<JsonNode> rows = new ArrayList<>();
            api.get(path).expect(200).json().forEach(rows::add);
            return rows.stream().allMatch(t -> t.path("state").asText().equals("DONE")) ? Optional.of(rows)
                    : Optional.empty();
        }, () -> api.get(path).text());
    }

    /**
     * The processing steps of the mail spooled to {@code address} (what filters, lists and the disclaimer
     * did), as "step: detail", once all of it is processed.
     */
    public static List<String> stepsTo(FluteApi api, String address) {
        List<String> steps = new ArrayList<>();
        processedTo(api, address).forEach(t -> t.path("steps")
                .forEach(s -> steps.add(s.path("step").asText() + ": " + s.path("detail").asText())));
        return steps;
    }

    /** The messages of a folder once there are at least {@code count}; none while it does not exist. */
    public static List<MessageSummary> awaitCount(FluteApi api, String account, String mailbox, int count) {
        return Eventually.await(count + " messages in " + account + " " + mailbox, TIMEOUT, () -> {
            List<MessageSummary> found = messagesOrNone(api, account, mailbox);
            return found.size() >= count ? Optional.of(found) : Optional.empty();
        }, () -> messagesOrNone(api, account, mailbox));
    }

    private static List<MessageSummary> messagesOrNone(FluteApi api, String account, String mailbox) {
        boolean exists = api.mailboxes(account).stream().anyMatch(m -> m.name().equals(mailbox));
        return exists ? api.messages(account, mailbox) : List.of();
    }
}
