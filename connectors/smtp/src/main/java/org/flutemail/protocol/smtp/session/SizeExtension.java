package org.flutemail.protocol.smtp.session;

import java.util.Optional;

import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.reply.Replies;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * RFC 1870 SIZE: announces the limit and refuses at MAIL a message the client declares too big, so
 * it need not send it. The limit is still enforced on the content actually received. The declared size
 * is kept with the transaction, so the store can hold it against each recipient's own limits at RCPT.
 */
final class SizeExtension implements SmtpExtension {

    private static final int MAX_DIGITS = 20;

    private final long maxMessageSize;

    SizeExtension(long maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    public String ehloLine() {
        return "SIZE " + maxMessageSize;
    }

    @Override
    public boolean ownsMailParameter(String keyword) {
        return "SIZE".equals(keyword);
    }

    @Override
    public Optional<Reply> applyMailParameter(Command.Parameter parameter, MailTransaction transaction) {
        String value = parameter.value();
        if (value == null || value.length() > MAX_DIGITS || !value.chars().allMatch(Character::isDigit)) {
            return Optional.of(Reply.of(501, "5.5.4", "Error: bad SIZE parameter"));
        }
        boolean tooBig = value.length() > 18 || Long.parseLong(value) > maxMessageSize;
        if (tooBig) {
            return Optional.of(Replies.MESSAGE_TOO_BIG);
        }
        transaction.declaredSize(Long.parseLong(value));
        return Optional.empty();
    }
}
