package org.flutemail.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail on its way through the pipeline: its envelope, the session facts it arrived with, and its
 * content as the original bytes plus the header fields mailets have prepended since.
 *
 * <p>The original bytes are never rewritten in place: headers added on the way are kept apart and
 * put in front when the mail is stored. That keeps the common case (add a trace header, deliver)
 * free of copying large messages. A mailet that must change the body (the domain's disclaimer) gives
 * the whole new content with {@link #rewriteContent}; it stays in memory until the mail is stored or
 * queued, where it is written as one blob with the headers prepended after it (ADR 0020).
 */
public final class Mail {

    private final String queueId;
    private final String reversePath;
    private final LinkedHashSet<String> recipients;
    private final Trace trace;
    private final String contentKey;
    private long contentSize;
    private byte[] rewrittenContent;
    private final List<String> prependedHeaders;
    private final Map<String, Object> attributes = new HashMap<>();
    private String state = ProcessorNames.ROOT;
    private String errorMessage;
    private String errorStatus = MailetException.UNDEFINED;

    /**
     * @param contentKey  the blob key of the original content
     * @param contentSize its length in octets
     */
    public Mail(String queueId, String reversePath, Collection<String> recipients, Trace trace, String contentKey,
            long contentSize) {
        this(queueId, reversePath, recipients, trace, contentKey, contentSize, List.of());
    }

    private Mail(String queueId, String reversePath, Collection<String> recipients, Trace trace, String contentKey,
            long contentSize, List<String> headers) {
        this.queueId = Objects.requireNonNull(queueId);
        this.reversePath = Objects.requireNonNull(reversePath);
        this.recipients = new LinkedHashSet<>(recipients);
        this.trace = Objects.requireNonNull(trace);
        this.contentKey = Objects.requireNonNull(contentKey);
        this.contentSize = contentSize;
        this.prependedHeaders = new ArrayList<>(headers);
    }

    /**
     * The session facts a mail arrived with. For mail collected from an outside mailbox the client is
     * that mailbox's server and the protocol is {@code POP3} or {@code IMAP}.
     */
    public record Trace(String clientAddress, String clientName, String serverName, String protocol,
            String tlsCipher, String authenticatedUser, Instant receivedAt) {

        /** The protocols of mail that Flute collected rather than was sent. */
        public static final java.util.Set<String> COLLECTING_PROTOCOLS = java.util.Set.of("POP3", "IMAP");

        /** Whether Flute collected this mail from an outside mailbox rather than received it over SMTP. */
        public boolean collected() {
            return COLLECTING_PROTOCOLS.contains(protocol);
        }
    }

    public String queueId() {
        return queueId;
    }

    /** MAIL FROM; empty for the null sender. */
    public String reversePath() {
        return reversePath;
    }

    /** The recipients this mail is still on its way to, in arrival order. */
    public List<String> recipients() {
        return List.copyOf(recipients);
    }

    public void replaceRecipients(Collection<String> newRecipients) {
        recipients.clear();
        recipients.addAll(newRecipients);
    }

    public Trace trace() {
        return trace;
    }

    /** The blob key of the original content; what the mail holds now is {@link #rewrittenContent} when present. */
    public String contentKey() {
        return contentKey;
    }

    /**
     * The content a mailet rewrote, header fields prepended until then included; empty while the mail
     * holds its original content. The array is shared, never to be changed.
     */
    public Optional<byte[]> rewrittenContent() {
        return Optional.ofNullable(rewrittenContent);
    }

    /**
     * Replaces the whole content (the prepended header fields and the original) with {@code octets},
     * which must include every field the mail had so far. Fields prepended later go in front of it.
     */
    public void rewriteContent(byte[] octets) {
        rewrittenContent = Objects.requireNonNull(octets);
        contentSize = octets.length;
        prependedHeaders.clear();
    }

    /** Octets of the mail as it would be stored now: prepended headers plus the original (or rewritten) content. */
    public long size() {
        return prefix().length + contentSize;
    }

    /**
     * Puts a header field in front of all others. {@code value} may be folded with CRLF followed by
     * white space; the field must already be valid RFC 5322 text.
     */
    public void prependHeader(String name, String value) {
        prependedHeaders.add(0, name + ": " + value + "\r\n");
    }

    /** The prepended header fields as the octets that go in front of the original content. */
    public byte[] prefix() {
        return String.join("", prependedHeaders).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Named values mailets hand on to later steps (for instance what the sender asked of delivery).
     * Values should be immutable: split parts of a mail share them.
     */
    public <T> Optional<T> attribute(String name, Class<T> type) {
        Object value = attributes.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    public void setAttribute(String name, Object value) {
        attributes.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    }

    public String state() {
        return state;
    }

    public void moveTo(String processor) {
        state = Objects.requireNonNull(processor);
    }

    /** Ends processing of this mail (it was stored, or deliberately dropped). */
    public void finish() {
        state = ProcessorNames.GHOST;
    }

    public boolean isFinished() {
        return ProcessorNames.GHOST.equals(state) || recipients.isEmpty();
    }

    public String errorMessage() {
        return errorMessage;
    }

    /** The RFC 3463 status of {@link #errorMessage()}: what the sender's delivery report says. */
    public String errorStatus() {
        return errorStatus;
    }

    /** Why the mail cannot be handled, for the error processor: the RFC 3463 status and the reason. */
    public void setError(String status, String message) {
        this.errorStatus = status;
        this.errorMessage = message;
    }

    /**
     * Takes {@code some} recipients out of this mail into a new one with the same content, headers
     * and state, so that the two can go different ways.
     */
    public Mail split(Collection<String> some) {
        List<String> moving = some.stream().filter(recipients::contains).toList();
        recipients.removeAll(moving);
        Mail part = new Mail(queueId, reversePath, moving, trace, contentKey, contentSize, prependedHeaders);
        part.rewrittenContent = rewrittenContent;
        part.state = state;
        part.errorMessage = errorMessage;
        part.errorStatus = errorStatus;
        part.attributes.putAll(attributes);
        return part;
    }
}
