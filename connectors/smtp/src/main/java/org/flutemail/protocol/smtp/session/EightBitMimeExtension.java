package org.flutemail.protocol.smtp.session;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * RFC 6152 8BITMIME and RFC 3030 BINARYMIME: the receiver is 8-bit clean and, with BDAT, binary
 * clean, so honouring them means accepting the BODY values and recording which one was declared; the
 * content is stored as received either way. BINARYMIME has its own EHLO keyword (see
 * {@link SmtpSession}); this extension announces 8BITMIME.
 */
final class EightBitMimeExtension implements SmtpExtension {

    private static final Set<String> BODIES = Set.of("7BIT", "8BITMIME", "BINARYMIME");

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
        if (BODIES.contains(value)) {
            transaction.body(value);
            return Optional.empty();
        }
        return Optional.of(Reply.of(501, "5.5.4", "Error: BODY must be 7BIT, 8BITMIME or BINARYMIME"));
    }
}
