package org.flutemail.protocol.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.flutemail.connector.api.AcceptedMessage;
import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.ScramCredential;
import org.flutemail.connector.api.SenderVerdict;
import org.flutemail.connector.api.SessionInfo;
import org.flutemail.connector.api.InboundMessage;
import org.flutemail.connector.api.MessageRefusedException;
import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.connector.api.SmtpListener;

/**
 * A store for tests: accepts every recipient unless told otherwise and keeps a copy of each message,
 * read while the content is still valid (during the call).
 */
public final class FakeStore implements SmtpListener {

    /** What a test sees of an accepted message once the call has returned. */
    public record Received(InboundMessage message, String content) {
    }

    public final Map<String, RecipientVerdict> verdicts = new ConcurrentHashMap<>();
    public final List<Received> received = new ArrayList<>();
    public final List<String> checked = new ArrayList<>();
    public volatile Function<InboundMessage, AcceptedMessage> onAccept =
            message -> new AcceptedMessage("Q" + received.size());
    public volatile MessageRefusedException refusal;
    /** The one account: {@value #USER}, password {@value #PASSWORD}; its SCRAM credential if set. */
    public static final String USER = "alice@flute.test";
    public static final String PASSWORD = "pencil";
    public final Map<String, ScramCredential> scram = new ConcurrentHashMap<>();
    public final List<SessionInfo> senderChecks = new ArrayList<>();

    /** The SIZE= declared with each checked recipient, in order. */
    public final List<Long> declaredSizes = new ArrayList<>();

    @Override
    public synchronized RecipientVerdict checkRecipient(String address, long declaredSize, SessionInfo session) {
        checked.add(address);
        declaredSizes.add(declaredSize);
        RecipientVerdict verdict = verdicts.getOrDefault(address, RecipientVerdict.accept());
        if (verdict.detail().equals("throw")) {
            throw new IllegalStateException("store down");
        }
        return verdict;
    }

    @Override
    public synchronized SenderVerdict checkSender(String reversePath, SessionInfo session) {
        senderChecks.add(session);
        if (reversePath.startsWith("forged@")) {
            return SenderVerdict.of(SenderVerdict.Kind.NOT_OWNED, "");
        }
        return reversePath.startsWith("busy@") ? SenderVerdict.of(SenderVerdict.Kind.TRY_LATER, "")
                : SenderVerdict.accept();
    }

    /** {@code throttled} is always throttled, {@code crash} makes the store fail. */
    @Override
    public AuthVerdict authenticate(String user, String password, SessionInfo session) {
        if (user.equals("crash")) {
            throw new IllegalStateException("store down");
        }
        if (user.equals("throttled")) {
            return AuthVerdict.of(AuthVerdict.Kind.THROTTLED);
        }
        return user.equals(USER) && password.equals(PASSWORD) ? AuthVerdict.success(USER)
                : AuthVerdict.of(AuthVerdict.Kind.FAILURE);
    }

    @Override
    public ScramCredential scramCredential(String user) {
        return scram.get(user);
    }

    @Override
    public synchronized AcceptedMessage accept(InboundMessage message) throws MessageRefusedException {
        if (refusal != null) {
            throw refusal;
        }
        AcceptedMessage accepted = onAccept.apply(message);
        try (InputStream in = message.content().openStream()) {
            String content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            if (content.length() != message.content().size()) {
                throw new AssertionError("size() disagrees with the stream");
            }
            received.add(new Received(message, content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return accepted;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }
}
