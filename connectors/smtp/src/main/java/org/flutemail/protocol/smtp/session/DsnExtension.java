package org.flutemail.protocol.smtp.session;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * RFC 3461 delivery status notifications: RET and ENVID on MAIL, NOTIFY and ORCPT on RCPT. The
 * receiver only checks and records them; whoever later sends a bounce or a success report reads them
 * from the envelope parameters.
 */
final class DsnExtension implements SmtpExtension {

    /** RFC 3461 section 4.4: ENVID is at most 100 characters as sent. */
    private static final int MAX_ENVID = 100;
    /** RFC 3461 section 4.2: ORCPT is at most 500 characters as sent. */
    private static final int MAX_ORCPT = 500;
    private static final Set<String> NOTIFY_EVENTS = Set.of("SUCCESS", "FAILURE", "DELAY");
    private static final Pattern ADDRESS_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    @Override
    public String ehloLine() {
        return "DSN";
    }

    @Override
    public boolean ownsMailParameter(String keyword) {
        return "RET".equals(keyword) || "ENVID".equals(keyword);
    }

    @Override
    public Optional<Reply> applyMailParameter(Command.Parameter parameter, MailTransaction transaction) {
        String value = parameter.value() == null ? "" : parameter.value();
        if ("RET".equals(parameter.keyword())) {
            String ret = value.toUpperCase(Locale.ROOT);
            if (!ret.equals("FULL") && !ret.equals("HDRS")) {
                return refuse("RET must be FULL or HDRS");
            }
            transaction.dsnReturn(ret);
            return Optional.empty();
        }
        Optional<String> envelopeId = Xtext.decode(value);
        if (value.isEmpty() || value.length() > MAX_ENVID || envelopeId.isEmpty()) {
            return refuse("bad ENVID parameter");
        }
        transaction.envelopeId(envelopeId.get());
        return Optional.empty();
    }

    @Override
    public boolean ownsRcptParameter(String keyword) {
        return "NOTIFY".equals(keyword) || "ORCPT".equals(keyword);
    }

    @Override
    public Optional<Reply> applyRcptParameter(Command.Parameter parameter, RecipientOptions options) {
        String value = parameter.value() == null ? "" : parameter.value();
        return "NOTIFY".equals(parameter.keyword()) ? notify(value, options) : original(value, options);
    }

    private static Optional<Reply> notify(String value, RecipientOptions options) {
        List<String> events = Arrays.stream(value.toUpperCase(Locale.ROOT).split(",", -1)).toList();
        boolean never = events.equals(List.of("NEVER"));
        boolean valid = never || events.stream().allMatch(NOTIFY_EVENTS::contains)
                && events.stream().distinct().count() == events.size();
        if (!valid) {
            return refuse("NOTIFY must be NEVER or a list of SUCCESS, FAILURE, DELAY");
        }
        options.notifyOn(events);
        return Optional.empty();
    }

    private static Optional<Reply> original(String value, RecipientOptions options) {
        int semicolon = value.indexOf(';');
        Optional<String> address = semicolon < 0 ? Optional.empty() : Xtext.decode(value.substring(semicolon + 1));
        if (value.length() > MAX_ORCPT || address.isEmpty() || address.get().isEmpty()
                || !ADDRESS_TYPE.matcher(value.substring(0, semicolon)).matches()) {
            return refuse("ORCPT must be addr-type;xtext");
        }
        options.original(value.substring(0, semicolon).toLowerCase(Locale.ROOT) + ";" + address.get());
        return Optional.empty();
    }

    private static Optional<Reply> refuse(String why) {
        return Optional.of(Reply.of(501, "5.5.4", "Error: " + why));
    }
}
