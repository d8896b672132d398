package org.flutemail.application.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flutemail.domain.IncomingMail;

/**
 * Reads an arriving message's header into an {@link IncomingMail}, decoded as the webmail and IMAP
 * SEARCH decode it ({@link MessageSummaryReader}: RFC 2047 words in any charset Java knows, raw 8-bit
 * headers as UTF-8 or else GB18030), so a rule typed in Chinese matches a GBK or Big5 subject.
 */
final class IncomingMailReader {

    private IncomingMailReader() {
    }

    static IncomingMail read(InputStream message, String envelopeSender, String recipient, long size)
            throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        List<String> from = new ArrayList<>();
        List<String> toAndCc = new ArrayList<>();
        for (Map.Entry<String, String> field : MessageSummaryReader.allFields(message)) {
            String name = field.getKey();
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(MessageSummaryReader.decodeWords(field.getValue()));
            if (name.equals("from")) {
                from.addAll(addresses(field.getValue()));
            } else if (name.equals("to") || name.equals("cc")) {
                toAndCc.addAll(addresses(field.getValue()));
            }
        }
        return new IncomingMail(envelopeSender, recipient, from, toAndCc, headers, size);
    }

    /** The addresses of an address list, lower case; a list that does not parse yields none. */
    static List<String> addresses(String header) {
        List<String> out = new ArrayList<>();
        try {
            for (InternetAddress a : InternetAddress.parseHeader(header, false)) {
                if (a.getAddress() != null) {
                    out.add(a.getAddress().toLowerCase(Locale.ROOT));
                }
            }
        } catch (AddressException e) {
            // Unparseable To/Cc: the account is then "not addressed", which only withholds an automatic reply.
        }
        return out;
    }
}
