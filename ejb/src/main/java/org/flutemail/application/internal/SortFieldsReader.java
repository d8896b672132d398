package org.flutemail.application.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flutemail.domain.StoredMessage;
import org.flutemail.protocol.imap.message.Address;
import org.flutemail.protocol.imap.message.AddressListParser;
import org.flutemail.protocol.imap.message.HeaderBlock;
import org.flutemail.protocol.imap.message.MimePart;
import org.flutemail.protocol.imap.store.ImapStore.SortFields;

/** Reads from a message's header what IMAP SORT and THREAD order by (RFC 5256, RFC 5957). */
final class SortFieldsReader {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");

    private SortFieldsReader() {
    }

    static SortFields read(StoredMessage message, byte[] content) {
        HeaderBlock header = MimePart.parse(content).header();
        Address from = first(header.value("From"));
        Address to = first(header.value("To"));
        Address cc = first(header.value("Cc"));
        String subject = header.value("Subject");
        return new SortFields(message.uid(), message.internalDate(), sentDate(header.value("Date")), message.size(),
                local(from), local(to), local(cc), display(from), display(to),
                subject == null ? null : decode(subject), firstId(header.value("Message-ID")),
                ids(header.value("References")), firstId(header.value("In-Reply-To")));
    }

    /** The Date field as an instant, or null when it cannot be read (SORT then uses the internal date). */
    static Instant sentDate(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = COMMENT.matcher(value).replaceAll(" ").replaceAll("\\s+", " ").strip();
        cleaned = cleaned.replaceFirst("^[A-Za-z]{3},\\s*", "");
        // RFC 5322 allows a two-digit year (obs-year) and no seconds; the parser wants both complete.
        Matcher twoDigitYear = Pattern.compile("^(\\d{1,2} [A-Za-z]{3}) (\\d{2}) ").matcher(cleaned);
        if (twoDigitYear.find()) {
            int year = Integer.parseInt(twoDigitYear.group(2));
            cleaned = twoDigitYear.replaceFirst("$1 " + (year < 50 ? 2000 + year : 1900 + year) + " ");
        }
        cleaned = cleaned.replaceFirst("^(\\S+ \\S+ \\S+ \\d{1,2}:\\d{2})( [+-]|\\s*$| [A-Z])", "$1:00$2");
        try {
            return ZonedDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first address, or the first group (whose name then stands for it, as Dovecot sorts). */
    private static Address first(String value) {
        return AddressListParser.parse(value).stream().filter(a -> a.mailbox() != null).findFirst().orElse(null);
    }

    private static String local(Address address) {
        return address == null ? null : decode(address.mailbox());
    }

    /** RFC 5957: the display name, or the address where there is none. */
    private static String display(Address address) {
        if (address == null) {
            return null;
        }
        if (address.host() == null) {
            return decode(address.mailbox());
        }
        if (address.name() != null && !address.name().isBlank()) {
            return decode(address.name());
        }
        return Address.MISSING_DOMAIN.equals(address.host()) ? decode(address.mailbox())
                : decode(address.mailbox()) + "@" + address.host();
    }

    private static String decode(String raw) {
        return MessageSummaryReader.decodeWords(MessageSummaryReader.decode(raw.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String firstId(String value) {
        List<String> ids = ids(value);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static List<String> ids(String value) {
        List<String> ids = new ArrayList<>();
        if (value != null) {
            Matcher matcher = MESSAGE_ID.matcher(value);
            while (matcher.find()) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }
}
