package org.flutemail.protocol.pop3.session;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.MaildropSnapshot;
import org.flutemail.connector.api.MessageContent;
import org.flutemail.connector.api.Pop3Listener;
import org.flutemail.connector.api.Pop3SessionInfo;

/**
 * A store with one user, alice/secret, and an INBOX in memory; records every call. The user "locked" is
 * refused by the throttle. Its maildrop lock is a
 * token per identity, without time: the lease's expiry is the real store's business, and a test takes the
 * lock away with {@link #steal}.
 */
final class FakeMaildrop implements Pop3Listener {

    final Map<Long, byte[]> inbox = new LinkedHashMap<>();
    final List<List<Long>> deletions = new ArrayList<>();
    final List<List<Long>> seen = new ArrayList<>();
    final List<Pop3SessionInfo> logins = new ArrayList<>();
    final Map<String, String> locks = new LinkedHashMap<>();
    final List<Duration> renewals = new ArrayList<>();
    private int tokens;
    boolean failing;

    FakeMaildrop with(long uid, String content) {
        inbox.put(uid, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    @Override
    public AuthVerdict authenticate(String user, String password, Pop3SessionInfo session) {
        logins.add(session);
        if (failing) {
            throw new IllegalStateException("database down");
        }
        if (user.equals("locked")) {
            return AuthVerdict.of(AuthVerdict.Kind.THROTTLED);
        }
        return user.equals("alice") && password.equals("secret") ? AuthVerdict.success("alice@example.test")
                : AuthVerdict.of(AuthVerdict.Kind.FAILURE);
    }

    @Override
    public Optional<MaildropSnapshot> open(String identity, Duration lease) {
        if (locks.containsKey(identity)) {
            return Optional.empty();
        }
        String token = "lock-" + ++tokens;
        locks.put(identity, token);
        return Optional.of(new MaildropSnapshot(inbox.entrySet().stream()
                .map(e -> new MaildropSnapshot.Message(e.getKey(), e.getValue().length,
                        MaildropSnapshot.uidl(7, e.getKey())))
                .toList(), token));
    }

    @Override
    public boolean renewLock(String lock, Duration lease) {
        if (failing) {
            throw new IllegalStateException("database down");
        }
        renewals.add(lease);
        return locks.containsValue(lock);
    }

    @Override
    public void releaseLock(String lock) {
        locks.values().remove(lock);
    }

    /** Another session takes the lock over, as after the lease of {@code identity}'s lock ran out. */
    void steal(String identity) {
        locks.put(identity, "stolen");
    }

    @Override
    public MessageContent retrieve(String identity, long id) {
        byte[] content = inbox.get(id);
        return content == null ? null : new MessageContent() {
            @Override
            public long size() {
                return content.length;
            }

            @Override
            public InputStream openStream() {
                return new ByteArrayInputStream(content);
            }
        };
    }

    @Override
    public void delete(String identity, List<Long> ids) {
        if (failing) {
            throw new IllegalStateException("database down");
        }
        deletions.add(ids);
        ids.forEach(inbox::remove);
    }

    @Override
    public void markSeen(String identity, List<Long> ids) {
        seen.add(ids);
    }
}
