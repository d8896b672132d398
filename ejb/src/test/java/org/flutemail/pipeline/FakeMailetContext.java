package org.flutemail.pipeline;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flutemail.dkim.DkimSigningKey;
import org.flutemail.dns.DnsResolver;
import org.flutemail.dns.InMemoryDns;
import org.flutemail.pipeline.builtin.LocalDelivery;

/** A mailet context over in-memory accounts and aliases that records what the pipeline did. */
public final class FakeMailetContext implements MailetContext {

    public record Stored(String recipient, String mailbox, String prefix) {
    }

    private final Set<String> accounts = new LinkedHashSet<>();
    private final Set<String> fullMailboxes = new LinkedHashSet<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Set<String>> aliases = new HashMap<>();
    private final Set<String> lists = new LinkedHashSet<>();
    /** The lists each post was handed to, as "list: recipients of the split-off mail". */
    public final List<String> posted = new ArrayList<>();
    public final List<Stored> stored = new ArrayList<>();
    public final List<String> failures = new ArrayList<>();
    public final List<String> expansions = new ArrayList<>();
    public final List<List<String>> sentRemote = new ArrayList<>();
    /** What each recipient's own settings decide; INBOX for those not named. */
    public final Map<String, PersonalDisposition> personal = new HashMap<>();
    /** The delivery flags of each stored copy, in the order of {@link #stored}. */
    public final List<Set<String>> storedFlags = new ArrayList<>();
    private final Map<String, byte[]> contents = new HashMap<>();
    private final Map<String, DisclaimerPolicy> disclaimers = new HashMap<>();
    /** What was stored and sent remote, each as it was then. */
    public final List<String> storedContent = new ArrayList<>();
    public final List<String> sentRemoteContent = new ArrayList<>();
    private final Map<String, List<DkimSigningKey>> dkimKeys = new HashMap<>();
    public final InMemoryDns dns = new InMemoryDns();

    /** The original octets behind a content key; unknown keys read as a small plain message. */
    public FakeMailetContext content(String contentKey, String message) {
        contents.put(contentKey, message.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public FakeMailetContext dkimKey(DkimSigningKey key) {
        dkimKeys.computeIfAbsent(key.domain(), d -> new ArrayList<>()).add(key);
        return this;
    }

    /** Accounts whose mailbox is full: storing in it fails with 5.2.2, as the real store's quota check does. */
    public FakeMailetContext fullMailbox(String... addresses) {
        account(addresses);
        fullMailboxes.addAll(List.of(addresses));
        return this;
    }

        public FakeMailetContext account(String... addresses) {
        accounts.addAll(List.of(addresses));
        return this;
    }

    public FakeMailetContext disabled(String address) {
        disabled.add(address);
        return this;
    }

    public FakeMailetContext list(String address) {
        lists.add(address);
        return this;
    }

    public FakeMailetContext alias(String address, String... targets) {
        aliases.put(address, new LinkedHashSet<>(List.of(targets)));
        return this;
    }

    @Override
    public String serverName() {
        return "mx.example.test";
    }

    @Override
    public Instant now() {
        return Instant.parse("2026-11-29T12:00:00Z");
    }

    @Override
    public RecipientStatus statusOf(String address) {
        if (disabled.contains(address)) {
            return RecipientStatus.DISABLED;
        }
        if (accounts.contains(address)) {
            return RecipientStatus.ACCOUNT;
        }
        if (aliases.containsKey(address)) {
            return RecipientStatus.ALIAS;
        }
        if (lists.contains(address)) {
            return RecipientStatus.LIST;
        }
        return address.endsWith("@example.test") ? RecipientStatus.UNKNOWN : RecipientStatus.NOT_LOCAL;
    }

    @Override
    public Set<String> aliasTargets(String address) {
        return aliases.getOrDefault(address, Set.of());
    }

    @Override
    public void storeInMailbox(Mail mail, String recipient, String mailbox) throws MailetException {
        if (!accounts.contains(recipient)) {
            throw MailetException.withStatus("5.1.1", "no account " + recipient);
        }
        if (fullMailboxes.contains(recipient)) {
            throw MailetException.withStatus("5.2.2", "mailbox " + recipient + " is full");
        }
        stored.add(new Stored(recipient, mailbox, new String(mail.prefix(), java.nio.charset.StandardCharsets.UTF_8)));
        storedFlags.add(LocalDelivery.flagsOf(mail));
        storedContent.add(contentOf(mail));
    }

    @Override
    public PersonalDisposition applyPersonalSettings(Mail mail, String recipient) {
        return personal.getOrDefault(recipient, PersonalDisposition.INBOX);
    }

    @Override
    public void postToList(Mail mail, String list) {
        posted.add(list + ": " + String.join(",", mail.recipients()));
    }

    @Override
    public void sendRemote(Mail mail) {
        sentRemote.add(mail.recipients());
        sentRemoteContent.add(contentOf(mail));
    }

    @Override
    public void recordFailure(Mail mail, java.util.Collection<String> recipients, String status, String reason) {
        failures.add(String.join(",", recipients) + ": " + status + " " + reason);
    }

    @Override
    public void recordExpansion(Mail mail, String alias) {
        expansions.add(alias);
    }

    /** The domain's enabled disclaimer, for {@link #disclaimer(String)}. */
    public FakeMailetContext disclaimer(String domain, DisclaimerPolicy policy) {
        disclaimers.put(domain, policy);
        return this;
    }

    @Override
    public java.util.Optional<DisclaimerPolicy> disclaimer(String domain) {
        return java.util.Optional.ofNullable(disclaimers.get(domain));
    }

    private String contentOf(Mail mail) {
        try (InputStream in = openContent(mail)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public InputStream openContent(Mail mail) {
        byte[] original = mail.rewrittenContent().orElseGet(() -> contents.getOrDefault(mail.contentKey(),
                "From: sender@remote.test\r\nSubject: test\r\n\r\nHello\r\n".getBytes(StandardCharsets.UTF_8)));
        return new SequenceInputStream(new ByteArrayInputStream(mail.prefix()), new ByteArrayInputStream(original));
    }

    @Override
    public List<DkimSigningKey> dkimSigningKeys(String domain) {
        return dkimKeys.getOrDefault(domain, List.of());
    }

    @Override
    public DnsResolver dns() {
        return dns;
    }

    public static Mail mail(String... recipients) {
        return new Mail("Q1", "sender@remote.test", List.of(recipients),
                new Mail.Trace("192.0.2.7", "client.remote.test", "mx.example.test", "ESMTP", "", "",
                        Instant.parse("2026-11-29T11:59:58Z")),
                "0".repeat(64), 1234);
    }
}
