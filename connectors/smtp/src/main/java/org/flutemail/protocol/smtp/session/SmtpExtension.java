package org.flutemail.protocol.smtp.session;

import java.util.Optional;

import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * An ESMTP service extension: the line it adds to the EHLO reply, when it is offered, and the MAIL
 * and RCPT parameters it owns. A parameter no offered extension claims is refused with
 * {@code 555 5.5.4} (RFC 5321 section 4.1.1.11), so announcing and honouring stay tied together.
 * Extensions that add commands (STARTTLS, AUTH, BDAT) announce here; their commands are the session's.
 */
public interface SmtpExtension {

    /** The EHLO keyword line, e.g. {@code SIZE 52428800}. */
    String ehloLine();

    /** Whether the extension is offered in the session's present security state. */
    default boolean isOffered(SessionSecurity security) {
        return true;
    }

    default boolean ownsMailParameter(String keyword) {
        return false;
    }

    /** Applies a claimed MAIL parameter to the transaction, or returns the refusal reply. */
    default Optional<Reply> applyMailParameter(Command.Parameter parameter, MailTransaction transaction) {
        // Only called for parameters this extension claimed with ownsMailParameter: a broken pairing.
        throw new IllegalStateException("claimed MAIL parameter without handling: " + parameter.keyword());
    }

    default boolean ownsRcptParameter(String keyword) {
        return false;
    }

    /** Applies a claimed RCPT parameter to the recipient's options, or returns the refusal reply. */
    default Optional<Reply> applyRcptParameter(Command.Parameter parameter, RecipientOptions options) {
        // Only called for parameters this extension claimed with ownsRcptParameter: a broken pairing.
        throw new IllegalStateException("claimed RCPT parameter without handling: " + parameter.keyword());
    }

    /** An extension that is only announced: PIPELINING, ENHANCEDSTATUSCODES, CHUNKING, HELP. */
    static SmtpExtension keyword(String keyword) {
        return () -> keyword;
    }
}
