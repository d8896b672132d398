package org.flutemail.protocol.smtp.session;

import java.util.Optional;

import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * An ESMTP service extension: the line it adds to the EHLO reply and the MAIL parameters it owns.
 * A parameter no announced extension claims is refused with {@code 555 5.5.4} (RFC 5321 section
 * 4.1.1.11), so announcing and honouring stay tied together. STARTTLS, AUTH, BDAT, DSN and SMTPUTF8
 * are meant to plug in here.
 */
public interface SmtpExtension {

    /** The EHLO keyword line, e.g. {@code SIZE 52428800}. */
    String ehloLine();

    default boolean ownsMailParameter(String keyword) {
        return false;
    }

    /** Applies a claimed MAIL parameter to the transaction, or returns the refusal reply. */
    default Optional<Reply> applyMailParameter(Command.Parameter parameter, MailTransaction transaction) {
        throw new UnsupportedOperationException(parameter.keyword());
    }

    /** An extension that is only announced: PIPELINING, ENHANCEDSTATUSCODES, HELP. */
    static SmtpExtension keyword(String keyword) {
        return () -> keyword;
    }
}
