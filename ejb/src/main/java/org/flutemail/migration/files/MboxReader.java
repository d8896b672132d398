package org.flutemail.migration.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flutemail.domain.MessageFlags;

/**
 * Splits an mbox file into messages. A message starts at a {@code From } line that follows an empty
 * line (or starts the file), or that carries the asctime date every From_ line has, so that an
 * unquoted "From " in a body written by a careless tool does not split a message. Body lines quoted
 * as {@code >From }, {@code >>From } ... lose one {@code >} (mboxrd; for mboxo files this also
 * unquotes the rare original {@code >From }, the ambiguity that format is known for). The empty line
 * before the next From_ line belongs to the format, not the message. Lines end with CRLF in the
 * output whatever the file uses; a last line cut off by the end of the file is kept, ended.
 *
 * <p>The From_ line's date becomes the internal date; mutt's and Pine's {@code Status:} and
 * {@code X-Status:} header fields give the flags.
 */
public final class MboxReader {

    /** A message larger than this is reported and skipped rather than held in memory. */
    public static final int MAX_MESSAGE = 64 * 1024 * 1024;

    private static final byte[] CRLF = {'\r', '\n'};
    private static final Pattern ASCTIME = Pattern.compile(
            "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) +([A-Z][a-z]{2}) +(\\d{1,2}) +(\\d{1,2}:\\d{2}:\\d{2}) +(\\d{4})");

    /** One message of the file; {@code content} is null when it was too large to read. */
    public record Message(int position, byte[] content, Instant fromLineDate, MessageFlags flags) {
    }

    private final LineReader lines;
    private byte[] nextFromLine;
    private int position;
    private boolean started;

    public MboxReader(InputStream in) {
        this.lines = new LineReader(in);
    }

    /** The next message, or null after the last. */
    public Message next() throws IOException {
        if (!started) {
            started = true;
            byte[] first = lines.next();
            while (first != null && first.length == 0) {
                first = lines.next();
            }
            if (first == null) {
                return null;
            }
            if (!LineReader.startsWith(first, 0, "From ")) {
                throw new IOException("not an mbox file: it does not begin with a \"From \" line");
            }
            nextFromLine = first;
        }
        if (nextFromLine == null) {
            return null;
        }
        byte[] fromLine = nextFromLine;
        nextFromLine = null;
        return read(fromLine);
    }

    private Message read(byte[] fromLine) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        boolean tooLarge = false;
        boolean previousEmpty = false;
        boolean heldEmpty = false;
        boolean inHeader = true;
        List<String> statusFields = new ArrayList<>();
        byte[] line;
        while ((line = lines.next()) != null) {
            if (LineReader.startsWith(line, 0, "From ") && (previousEmpty || dateOf(line) != null)) {
                nextFromLine = line;
                break;
            }
            if (heldEmpty) {
                out.write(CRLF);
                heldEmpty = false;
            }
            if (line.length == 0) {
                heldEmpty = true;
                previousEmpty = true;
                inHeader = false;
                continue;
            }
            previousEmpty = false;
            if (inHeader && (startsWithIgnoreCase(line, "Status:") || startsWithIgnoreCase(line, "X-Status:"))) {
                statusFields.add(new String(line, StandardCharsets.ISO_8859_1));
            }
            if (out.size() + line.length > MAX_MESSAGE) {
                tooLarge = true;
                out.reset();
                continue;
            }
            if (!tooLarge) {
                int start = isQuotedFrom(line) ? 1 : 0;
                out.write(line, start, line.length - start);
                out.write(CRLF);
            }
        }
        int at = position++;
        return new Message(at, tooLarge ? null : out.toByteArray(), dateOf(fromLine), flags(statusFields));
    }

    /** {@code >From }, {@code >>From } ...: a body line that was quoted when the file was written. */
    private static boolean isQuotedFrom(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return i > 0 && LineReader.startsWith(line, i, "From ");
    }

    private static boolean startsWithIgnoreCase(byte[] line, String prefix) {
        return line.length >= prefix.length()
                && new String(line, 0, prefix.length(), StandardCharsets.ISO_8859_1).equalsIgnoreCase(prefix);
    }

    /** The asctime date of a From_ line, read as UTC (the format has no zone), or null. */
    static Instant dateOf(byte[] fromLine) {
        Matcher m = ASCTIME.matcher(new String(fromLine, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        String text = m.group(2) + " " + m.group(1) + " " + m.group(4) + " " + m.group(3);
        try {
            return LocalDateTime.parse(text, DateTimeFormatter.ofPattern("d MMM yyyy H:mm:ss", Locale.ROOT))
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code Status: RO} (read, old) and {@code X-Status: AFT} (answered, flagged, draft), as mutt writes them. */
    static MessageFlags flags(List<String> statusFields) {
        boolean seen = false;
        boolean answered = false;
        boolean flagged = false;
        boolean draft = false;
        for (String field : statusFields) {
            String value = field.substring(field.indexOf(':') + 1).strip();
            if (field.regionMatches(true, 0, "Status:", 0, 7)) {
                seen |= value.indexOf('R') >= 0;
            } else {
                answered |= value.indexOf('A') >= 0;
                flagged |= value.indexOf('F') >= 0;
                draft |= value.indexOf('T') >= 0;
            }
        }
        return new MessageFlags(seen, answered, flagged, draft, List.of());
    }
}
