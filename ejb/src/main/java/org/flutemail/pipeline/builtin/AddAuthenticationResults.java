package org.flutemail.pipeline.builtin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import org.flutemail.dkim.DkimResult;
import org.flutemail.dkim.DkimVerification;
import org.flutemail.dkim.DkimVerifier;
import org.flutemail.dkim.HeaderTooLargeException;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Mailet;
import org.flutemail.spf.SpfEvaluator;

/**
 * Checks SPF (RFC 7208) for the client address and MAIL FROM (HELO for the null sender) and every
 * DKIM signature (RFC 6376), and records the results in an Authentication-Results field (RFC 8601):
 * <pre>
 * Authentication-Results: mx.example.test;
 *     spf=pass smtp.mailfrom=alice@example.com;
 *     dkim=pass header.d=example.com header.s=sel header.b="abcd/efg"
 * </pre>
 * It only records: what to do with a failure is for a later step to decide. DNS trouble becomes
 * {@code temperror}, never an exception, so that a slow DNS cannot hold up delivery.
 *
 * <p>Fields from elsewhere that claim our name are not removed (mailets cannot rewrite the original
 * content); ours is always the topmost one, which is the one to trust.
 */
public final class AddAuthenticationResults implements Mailet {

    /** An RFC 2045 token; anything else is written as a quoted string. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`{|}~@-]+");

    @Override
    public void service(Mail mail, MailetContext context) {
        StringBuilder v = new StringBuilder(AddReceivedHeader.printable(context.serverName()));
        v.append(";\r\n\t").append(spf(mail, context));
        List<DkimVerification> dkim;
        try (InputStream in = new BufferedInputStream(context.openContent(mail))) {
            dkim = new DkimVerifier(context.dns()).verify(in, context.now());
        } catch (HeaderTooLargeException e) {
            dkim = List.of(new DkimVerification(DkimResult.PERMERROR, "", "", "", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + mail.queueId() + " to verify it", e);
        }
        if (dkim.isEmpty()) {
            v.append(";\r\n\tdkim=none");
        }
        for (DkimVerification d : dkim) {
            v.append(";\r\n\tdkim=").append(d.result().keyword()).append(comment(d.reason()));
            if (d.domain().isEmpty()) {
                continue;
            }
            v.append(" header.d=").append(value(d.domain())).append(" header.s=").append(value(d.selector()))
                    .append(" header.b=").append(value(d.signaturePrefix()));
        }
        mail.prependHeader("Authentication-Results", v.toString());
    }

    private static String spf(Mail mail, MailetContext context) {
        Mail.Trace t = mail.trace();
        InetAddress client = address(t.clientAddress());
        String helo = t.clientName();
        if (client == null) {
            return "spf=none (no client address)";
        }
        SpfEvaluator.Outcome o = SpfEvaluator.check(context.dns(), client, mail.reversePath(), helo);
        return "spf=" + o.result().keyword() + comment(o.reason())
                + (o.helo() ? " smtp.helo=" : " smtp.mailfrom=") + value(o.identity());
    }

    /** The client address as the session recorded it; parsed without asking DNS. */
    static InetAddress address(String text) {
        String a = text.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (a.regionMatches(true, 0, "IPv6:", 0, 5)) {
            a = a.substring(5);
        }
        if (a.isEmpty() || !a.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(a);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String comment(String reason) {
        return reason.isEmpty() ? "" : " (" + AddReceivedHeader.printable(reason).replace('_', ' ') + ")";
    }

    static String value(String s) {
        if (TOKEN.matcher(s).matches()) {
            return s;
        }
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c >= ' ' && c < 127) {
                q.append(c == '"' || c == '\\' ? "\\" + c : String.valueOf(c));
            }
        }
        return q.append('"').toString();
    }
}
