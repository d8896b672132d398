package org.flutemail.protocol.imap.message;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The header section of an entity as raw fields: each field's octets (folded lines included) in the
 * order they appear, with its name. The header section's range includes the blank line that ends it.
 */
public final class HeaderBlock {

    /** One field: name as written, and the octet range of the whole field with its line end(s). */
    public record Field(String name, int start, int end) {
    }

    private final byte[] data;
    private final int start;
    private final int end;
    private final List<Field> fields;

    private HeaderBlock(byte[] data, int start, int end, List<Field> fields) {
        this.data = data;
        this.start = start;
        this.end = end;
        this.fields = fields;
    }

    /**
     * Where the body of the entity at {@code start} begins: after the first empty line. A header that
     * never ends takes everything; an entity that starts with an empty line has an empty header.
     */
    static int endOf(byte[] data, int start, int end) {
        int line = start;
        while (line < end) {
            int next = lineEnd(data, line, end);
            if (next - line <= 2 && isBlank(data, line, next)) {
                return next;
            }
            line = next;
        }
        return end;
    }

    static HeaderBlock read(byte[] data, int start, int end) {
        List<Field> fields = new ArrayList<>();
        int line = start;
        int fieldStart = -1;
        String name = null;
        while (line < end) {
            int next = lineEnd(data, line, end);
            if (isBlank(data, line, next)) {
                break;
            }
            boolean continuation = data[line] == ' ' || data[line] == '\t';
            if (!continuation) {
                if (name != null) {
                    fields.add(new Field(name, fieldStart, line));
                }
                int colon = indexOf(data, line, next, (byte) ':');
                name = colon < 0 ? null : MimePart.ascii(data, line, colon).trim();
                fieldStart = line;
            }
            line = next;
        }
        if (name != null) {
            fields.add(new Field(name, fieldStart, line));
        }
        return new HeaderBlock(data, start, end, List.copyOf(fields));
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The first field named {@code name}, unfolded and trimmed, or null. */
    public String value(String name) {
        for (Field field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                String raw = MimePart.ascii(data, field.start(), field.end());
                return raw.substring(raw.indexOf(':') + 1).replaceAll("\r?\n[ \t]", " ").trim();
            }
        }
        return null;
    }

    /**
     * HEADER.FIELDS and HEADER.FIELDS.NOT (RFC 9051 section 6.4.5): the chosen fields as they are, then
     * the empty line, always, even when no field matched.
     */
    public byte[] select(Collection<String> names, boolean exclude) {
        Set<String> wanted = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Field field : fields) {
            if (wanted.contains(field.name().toLowerCase(Locale.ROOT)) != exclude) {
                out.write(data, field.start(), field.end() - field.start());
            }
        }
        out.write('\r');
        out.write('\n');
        return out.toByteArray();
    }

    private static int lineEnd(byte[] data, int from, int end) {
        int lf = indexOf(data, from, end, (byte) '\n');
        return lf < 0 ? end : lf + 1;
    }

    private static boolean isBlank(byte[] data, int from, int to) {
        int length = to - from;
        return length == 0 || (length == 1 && data[from] == '\n')
                || (length == 2 && data[from] == '\r' && data[from + 1] == '\n');
    }

    static int indexOf(byte[] data, int from, int to, byte wanted) {
        for (int i = from; i < to; i++) {
            if (data[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
