package org.flutemail.protocol.smtp.session;

import java.util.Locale;
import java.util.Optional;

import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * RFC 6152 8BITMIME: the receiver is 8-bit clean, so honouring it means only accepting the BODY
 * parameter's two values; the content is stored as received either way.
 */
final class EightBitMimeExtension implements SmtpExtension {

    @Override
    public String ehloLine() {
        return "8BITMIME";
    }

    @Override
    public boolean ownsMailParameter(String keyword) {
        return "BODY".equals(keyword);
    }

    @Override
    public Optional<Reply> applyMailParameter(Command.Parameter parameter, MailTransaction transaction) {
        String value = parameter.value() == null ? "" : parameter.value().toUpperCase(Locale.ROOT);
        if (value.equals("7BIT") || value.equals("8BITMIME")) {
            return Optional.empty();
        }
        return Optional.of(Reply.of(501, "5.5.4", "Error: BODY must be 7BIT or 8BITMIME"));
    }
}
