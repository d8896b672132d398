package org.flutemail.pipeline.builtin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Mailet;

/**
 * Prepends the RFC 5321 section 4.4 trace field for the hop into this server:
 * {@code from <helo> ([ip]) by <us> (Flute Mail) with <protocol> id <queue id> [for <rcpt>]; <date>}.
 *
 * <p>The "for" clause names the recipient only when there is exactly one: with several it would tell
 * each of them who else got a copy (the Bcc recipients among them).
 */
public final class AddReceivedHeader implements Mailet {

    private static final DateTimeFormatter RFC5322_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    @Override
    public void service(Mail mail, MailetContext context) {
        Mail.Trace t = mail.trace();
        StringBuilder v = new StringBuilder();
        v.append("from ").append(printable(t.clientName().isEmpty() ? "unknown" : t.clientName()))
                .append(" ([").append(printable(t.clientAddress())).append("])");
        v.append("\r\n\tby ").append(printable(context.serverName())).append(" (Flute Mail)");
        v.append(" with ").append(t.protocol()).append(" id ").append(mail.queueId());
        if (!t.tlsCipher().isEmpty()) {
            v.append("\r\n\t(using ").append(printable(t.tlsCipher())).append(')');
        }
        List<String> recipients = mail.recipients();
        if (recipients.size() == 1) {
            v.append("\r\n\tfor <").append(printable(recipients.get(0))).append('>');
        }
        v.append(";\r\n\t").append(RFC5322_DATE.format(t.receivedAt().atOffset(ZoneOffset.UTC)));
        mail.prependHeader("Received", v.toString());
    }

    /** Client-supplied text goes into a header: keep it to one line of visible ASCII, and short. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 255));
        for (int i = 0; i < s.length() && b.length() < 255; i++) {
            char c = s.charAt(i);
            b.append(c > ' ' && c < 127 && c != '(' && c != ')' ? c : '_');
        }
        return b.toString();
    }
}
