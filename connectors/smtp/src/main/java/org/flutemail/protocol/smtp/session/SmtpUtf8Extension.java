package org.flutemail.protocol.smtp.session;

import java.util.Optional;

import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * RFC 6531 SMTPUTF8: with the MAIL parameter, addresses in the transaction may contain UTF-8. The
 * receiver is 8-bit clean already; the flag travels with the envelope so later hops know.
 */
final class SmtpUtf8Extension implements SmtpExtension {

    @Override
    public String ehloLine() {
        return "SMTPUTF8";
    }

    @Override
    public boolean ownsMailParameter(String keyword) {
        return "SMTPUTF8".equals(keyword);
    }

    @Override
    public Optional<Reply> applyMailParameter(Command.Parameter parameter, MailTransaction transaction) {
        if (parameter.value() != null) {
            return Optional.of(Reply.of(501, "5.5.4", "Error: SMTPUTF8 takes no value"));
        }
        transaction.smtpUtf8();
        return Optional.empty();
    }
}
