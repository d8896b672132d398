package org.flutemail.it.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks into mailboxes through the REST API, waiting for asynchronous delivery. */
public final class MailboxProbe {

    public static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
    public static final String INBOX = "INBOX";

    private final FluteApi api;

    public MailboxProbe(FluteApi api) {
        this.api = api;
    }

    /** Waits until the message with this Message-ID is in the account's INBOX. */
    public MessageSummary awaitInInbox(String address, String messageId) {
        AtomicReference<List<MessageSummary>> last = new AtomicReference<>(List.of());
        return Eventually.await("message " + messageId + " in " + address + "'s INBOX", DELIVERY_TIMEOUT, () -> {
            last.set(api.messages(address, INBOX));
            return last.get().stream().filter(m -> sameMessageId(m.messageId(), messageId)).findFirst();
        }, last::get);
    }

    /** Waits for the message, then returns its stored bytes without the leading Received header. */
    public byte[] awaitContentInInbox(String address, String messageId) {
        MessageSummary summary = awaitInInbox(address, messageId);
        return StoredMessage.withoutLeadingReceived(api.content(address, INBOX, summary.uid()));
    }

    /** How many messages in the mailbox carry each Message-ID (normalised without angle brackets). */
    public Map<String, Long> messageIdCounts(String address, String mailbox) {
        return api.messages(address, mailbox).stream()
                .map(m -> normalise(m.messageId()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    public long countInInbox(String address, String messageId) {
        return Optional.ofNullable(messageIdCounts(address, INBOX).get(normalise(messageId))).orElse(0L);
    }

    public static boolean sameMessageId(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    public static String normalise(String messageId) {
        if (messageId == null) {
            return "";
        }
        String id = messageId.trim();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        return id;
    }
}
