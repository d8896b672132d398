package org.flutemail.protocol.imap.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One MIME entity located in a message's octets (RFC 2045/2046): where its header and body are, its
 * content type, and its children (the parts of a multipart, or the message inside a message/rfc822).
 * Only positions are kept, never copies, so a part costs a few fields whatever its size.
 *
 * <p>Broken MIME is read the way clients read it: a missing closing boundary ends the multipart at the
 * end of its parent, a part without a header is text/plain (or message/rfc822 in a multipart/digest),
 * and a header that never ends makes the whole entity a header with an empty body.
 */
public final class MimePart {

    /** Nesting beyond this is treated as a leaf: no real message needs it, a hostile one would recurse. */
    private static final int MAX_DEPTH = 40;

    private final int start;
    private final int bodyStart;
    private final int end;
    private final HeaderBlock header;
    private final String type;
    private final String subtype;
    private final List<MimePart> children;
    private final MimePart message;

    private MimePart(int start, int bodyStart, int end, HeaderBlock header, String type, String subtype,
            List<MimePart> children, MimePart message) {
        this.start = start;
        this.bodyStart = bodyStart;
        this.end = end;
        this.header = header;
        this.type = type;
        this.subtype = subtype;
        this.children = children;
        this.message = message;
    }

    /** Reads a whole message. */
    public static MimePart parse(byte[] data) {
        return parse(data, 0, data.length, "text/plain", 0);
    }

    private static MimePart parse(byte[] data, int start, int end, String defaultType, int depth) {
        int bodyStart = HeaderBlock.endOf(data, start, end);
        HeaderBlock header = HeaderBlock.read(data, start, bodyStart);
        ContentType contentType = ContentType.parse(header.value("Content-Type"), defaultType);
        List<MimePart> children = List.of();
        MimePart message = null;
        if (depth < MAX_DEPTH) {
            if (contentType.type().equals("multipart") && contentType.parameter("boundary") != null) {
                String childDefault = contentType.subtype().equals("digest") ? "message/rfc822" : "text/plain";
                children = new ArrayList<>();
                for (int[] range : Boundaries.split(data, bodyStart, end, contentType.parameter("boundary"))) {
                    children.add(parse(data, range[0], range[1], childDefault, depth + 1));
                }
            } else if (contentType.type().equals("message")
                    && (contentType.subtype().equals("rfc822") || contentType.subtype().equals("global"))) {
                message = parse(data, bodyStart, end, "text/plain", depth + 1);
            }
        }
        return new MimePart(start, bodyStart, end, header, contentType.type(), contentType.subtype(),
                children, message);
    }

    public int start() {
        return start;
    }

    public int bodyStart() {
        return bodyStart;
    }

    public int end() {
        return end;
    }

    public HeaderBlock header() {
        return header;
    }

    /** Lower case, e.g. {@code text}. */
    public String type() {
        return type;
    }

    /** Lower case, e.g. {@code plain}. */
    public String subtype() {
        return subtype;
    }

    public boolean isMultipart() {
        return !children.isEmpty();
    }

    public List<MimePart> children() {
        return children;
    }

    /** The message inside a message/rfc822 part, else null. */
    public MimePart message() {
        return message;
    }

    /**
     * The part an IMAP section number names (RFC 9051 section 6.4.5), starting from the message; null
     * when there is no such part. Part 1 of a message that is not multipart is its body.
     */
    public MimePart part(List<Integer> path) {
        MimePart current = null;
        for (int number : path) {
            current = current == null ? bodyPart(this, number) : current.child(number);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /**
     * Part {@code number} of a message: of its multipart body, or, for any other body, the body
     * itself as part 1 (the message's own entity, whose body that is).
     */
    private static MimePart bodyPart(MimePart message, int number) {
        if (message.isMultipart()) {
            return number >= 1 && number <= message.children.size() ? message.children.get(number - 1) : null;
        }
        return number == 1 ? message : null;
    }

    /** Children as numbered below a part: a message/rfc822 part is numbered as its message is. */
    private MimePart child(int number) {
        if (isMultipart()) {
            return number >= 1 && number <= children.size() ? children.get(number - 1) : null;
        }
        return message != null ? bodyPart(message, number) : null;
    }

    @Override
    public String toString() {
        return type + "/" + subtype + "[" + start + "," + bodyStart + "," + end + "]";
    }

    static String ascii(byte[] data, int from, int to) {
        return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
