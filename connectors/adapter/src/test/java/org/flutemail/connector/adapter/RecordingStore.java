package org.flutemail.connector.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
 * The bean behind the fake endpoints: takes every recipient except unknown@…, knows one account
 * ({@value #USER} with password {@value #PASSWORD}), lets nobody send as forged@…, keeps message text.
 */
final class RecordingStore implements SmtpListener {

    static final String USER = "alice@flute.test";
    static final String PASSWORD = "s3cret pass";

    final List<String> contents = new CopyOnWriteArrayList<>();
    final List<InboundMessage> messages = new CopyOnWriteArrayList<>();
    volatile MessageRefusedException refusal;
    volatile RuntimeException failure;

    @Override
    public RecipientVerdict checkRecipient(String address, long declaredSize, SessionInfo session) {
        return address.startsWith("unknown@") ? RecipientVerdict.of(RecipientVerdict.Kind.UNKNOWN, "")
                : RecipientVerdict.accept();
    }

    @Override
    public SenderVerdict checkSender(String reversePath, SessionInfo session) {
        return reversePath.startsWith("forged@") ? SenderVerdict.of(SenderVerdict.Kind.NOT_OWNED, "")
                : SenderVerdict.accept();
    }

    @Override
    public AuthVerdict authenticate(String user, String password, SessionInfo session) {
        return user.equals(USER) && password.equals(PASSWORD) ? AuthVerdict.success(USER)
                : AuthVerdict.of(AuthVerdict.Kind.FAILURE);
    }

    @Override
    public ScramCredential scramCredential(String user) {
        return null;
    }

    @Override
    public AcceptedMessage accept(InboundMessage message) throws MessageRefusedException {
        if (refusal != null) {
            throw refusal;
        }
        if (failure != null) {
            throw failure;
        }
        try (InputStream in = message.content().openStream()) {
            contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        messages.add(message);
        return new AcceptedMessage("M" + messages.size());
    }
}
