package org.flutemail.protocol.smtp.session;

import java.util.Optional;

import org.flutemail.protocol.smtp.auth.SaslMechanisms;
import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * RFC 4954 AUTH: lists the mechanisms where passwords may be sent. It also owns the MAIL parameter
 * {@code AUTH=}, which a relaying client uses to pass on who submitted the message; Flute does not
 * trust other servers' claims about that, so the value is checked for shape and dropped, as section 5
 * of the RFC allows.
 */
final class AuthExtension implements SmtpExtension {

    private final SaslMechanisms mechanisms;

    AuthExtension(SaslMechanisms mechanisms) {
        this.mechanisms = mechanisms;
    }

    @Override
    public String ehloLine() {
        return "AUTH " + mechanisms.names();
    }

    @Override
    public boolean isOffered(SessionSecurity security) {
        return security.authAvailable() && !mechanisms.isEmpty();
    }

    @Override
    public boolean ownsMailParameter(String keyword) {
        return "AUTH".equals(keyword);
    }

    @Override
    public Optional<Reply> applyMailParameter(Command.Parameter parameter, MailTransaction transaction) {
        if (parameter.value() == null || Xtext.decode(parameter.value()).isEmpty()) {
            return Optional.of(Reply.of(501, "5.5.4", "Error: bad AUTH parameter"));
        }
        return Optional.empty();
    }
}
