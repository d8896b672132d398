package org.flutemail.protocol.imap.session;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.flutemail.protocol.imap.command.FetchAttribute;
import org.flutemail.protocol.imap.message.ContentFields;
import org.flutemail.protocol.imap.message.MimePart;
import org.flutemail.protocol.imap.message.TransferDecoding;
import org.flutemail.protocol.imap.response.ResponseWriter;
import org.flutemail.protocol.imap.store.ImapStore.MessageState;
import org.flutemail.protocol.imap.store.ImapStore.PreparedFetch;
import org.flutemail.protocol.imap.store.StoreException;

/** Writes one {@code * n FETCH (...)} response from a message's state and, when needed, its octets. */
final class FetchResponder {

    private static final DateTimeFormatter INTERNAL_DATE =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final SessionContext context;

    FetchResponder(SessionContext context) {
        this.context = context;
    }

    /** Whether the items need the message's octets, not only what the session already knows. */
    static boolean needsContent(List<FetchAttribute> attributes) {
        return attributes.stream().anyMatch(attribute -> !(attribute instanceof FetchAttribute.Item item)
                || item.name().startsWith("RFC822") && !item.name().equals("RFC822.SIZE")
                || item.name().equals("ENVELOPE") || item.name().startsWith("BODY"));
    }

    /**
     * Whether what was prepared when the message was stored answers the items: the message's header
     * sections, ENVELOPE, BODY and BODYSTRUCTURE, and what the session knows itself.
     */
    static boolean preparedSuffices(List<FetchAttribute> attributes) {
        return attributes.stream().allMatch(attribute -> attribute instanceof FetchAttribute.Item item
                ? !item.name().equals("RFC822") && !item.name().equals("RFC822.TEXT")
                : attribute instanceof FetchAttribute.Body body && body.section().part().isEmpty()
                        && body.section().specifier().startsWith("HEADER"));
    }

    /**
     * Whether this message's prepared values answer the items for this client: none of them was too large
     * to keep, and a client that gets 8-bit text quoted (UTF8=ACCEPT or IMAP4rev2) gets no value rendered with literals.
     */
    boolean canAnswer(PreparedFetch prepared, List<FetchAttribute> attributes) {
        for (FetchAttribute attribute : attributes) {
            if (attribute instanceof FetchAttribute.Item item && isStructure(item.name())) {
                byte[] value = preparedValue(prepared, item.name());
                if (value == null || context.utf8() && !isAscii(value)) {
                    return false;
                }
            } else if (needsContent(List.of(attribute)) && prepared.header() == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStructure(String item) {
        return item.equals("ENVELOPE") || item.equals("BODY") || item.equals("BODYSTRUCTURE");
    }

    private static byte[] preparedValue(PreparedFetch prepared, String item) {
        return switch (item) {
            case "ENVELOPE" -> prepared.envelope();
            case "BODY" -> prepared.body();
            default -> prepared.bodyStructure();
        };
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether fetching the items marks the message read (RFC 9051 section 6.4.5: BODY[] but not PEEK). */
    static boolean setsSeen(List<FetchAttribute> attributes) {
        return attributes.stream().anyMatch(attribute -> attribute instanceof FetchAttribute.Body body && !body.peek()
                || attribute instanceof FetchAttribute.Binary binary && !binary.peek()
                || attribute instanceof FetchAttribute.Item item
                        && (item.name().equals("RFC822") || item.name().equals("RFC822.TEXT")));
    }

    /** Items this server does not compute yet; refused before anything is written. */
    static String unsupported(List<FetchAttribute> attributes) {
        for (FetchAttribute attribute : attributes) {
            if (attribute instanceof FetchAttribute.Item item
                    && (item.name().equals("EMAILID") || item.name().equals("THREADID"))) {
                return item.name();
            }
        }
        return null;
    }

    /**
     * @param withUid  whether to add UID though not asked (UID FETCH, RFC 9051 section 6.4.9)
     * @param withFlags whether to add FLAGS though not asked (the fetch just set \Seen)
     * @param content the message's octets, or null when the items do not need them
     * @param prepared with no content, the prepared values the items are answered from ({@link #canAnswer})
     */
    void write(int sequence, MessageState state, List<FetchAttribute> attributes, boolean withUid, boolean withFlags,
            byte[] content, PreparedFetch prepared) throws StoreException {
        // From prepared values, the header stands for the message: every section asked lies in it.
        byte[] octets = content == null && prepared != null ? prepared.header() : content;
        MimePart structure = octets == null ? null : MimePart.parse(octets);
        // Built aside, so that a failure half-way leaves no half response on the wire.
        ResponseWriter out = new ResponseWriter(context.utf8()).untagged().number(sequence).atom("FETCH")
                .openList();
        boolean uidWritten = false;
        boolean flagsWritten = false;
        for (FetchAttribute attribute : attributes) {
            if (attribute instanceof FetchAttribute.Item item) {
                uidWritten |= item.name().equals("UID");
                flagsWritten |= item.name().equals("FLAGS");
                if (content == null && prepared != null && isStructure(item.name())) {
                    out.atom(item.name()).value(preparedValue(prepared, item.name()));
                } else {
                    item(out, item.name(), state, octets, structure);
                }
            } else if (attribute instanceof FetchAttribute.Body body) {
                body(out, body, octets, structure);
            } else if (attribute instanceof FetchAttribute.Binary binary) {
                byte[] decoded = binary(content, structure, binary.part());
                String name = "BINARY[" + path(binary.part()) + "]";
                if (binary.partial() != null) {
                    decoded = partial(decoded, binary.partial());
                    name += "<" + binary.partial().offset() + ">";
                }
                out.itemName(name);
                // literal8 only where it is needed: octets a plain literal may not carry (RFC 3516 section 4.2).
                if (hasNul(decoded)) {
                    out.literal8(decoded);
                } else {
                    out.literal(decoded);
                }
            } else if (attribute instanceof FetchAttribute.BinarySize size) {
                out.itemName("BINARY.SIZE[" + path(size.part()) + "]").number(binary(content, structure, size.part()).length);
            } else {
                throw new StoreException(StoreException.Code.CANNOT, "Not supported: " + attribute);
            }
        }
        if (withUid && !uidWritten) {
            out.atom("UID").number(state.uid());
        }
        if (withFlags && !flagsWritten) {
            flags(out, state, context.showsRecent(state.uid()));
        }
        out.closeList().end();
        context.out().append(out.drain());
    }

    private void item(ResponseWriter out, String name, MessageState state, byte[] content, MimePart structure) {
        switch (name) {
            case "UID" -> out.atom("UID").number(state.uid());
            case "FLAGS" -> flags(out, state, context.showsRecent(state.uid()));
            case "INTERNALDATE" -> out.atom("INTERNALDATE").string(INTERNAL_DATE.format(state.internalDate()));
            case "RFC822.SIZE" -> out.atom("RFC822.SIZE").number(state.size());
            case "MODSEQ" -> out.atom("MODSEQ").openList().number(state.modSeq()).closeList();
            case "RFC822" -> out.atom("RFC822").literal(content);
            case "RFC822.HEADER" -> out.atom("RFC822.HEADER")
                    .literal(Arrays.copyOfRange(content, structure.start(), structure.bodyStart()));
            case "RFC822.TEXT" -> out.atom("RFC822.TEXT")
                    .literal(Arrays.copyOfRange(content, structure.bodyStart(), structure.end()));
            case "ENVELOPE" -> new StructureWriter(content).envelope(out.atom("ENVELOPE"), structure);
            case "BODYSTRUCTURE" -> new StructureWriter(content).structure(out.atom("BODYSTRUCTURE"), structure, true);
            case "BODY" -> new StructureWriter(content).structure(out.atom("BODY"), structure, false);
            default -> throw new IllegalStateException("unexpected FETCH item " + name);
        }
    }

    /** FLAGS, with {@code \Recent} added for this session's recent messages. */
    static void flags(ResponseWriter out, MessageState state, boolean recent) {
        out.atom("FLAGS").openList();
        if (recent) {
            out.atom("\\Recent");
        }
        state.flags().stream().sorted().forEach(out::atom);
        out.closeList();
    }

    private void body(ResponseWriter out, FetchAttribute.Body body, byte[] content, MimePart structure) {
        byte[] section = SectionReader.read(content, structure, body.section());
        if (hasNul(section)) {
            // A literal cannot carry NUL (RFC 3516 section 4.3): BODY gets such a part as base64, BINARY as it is.
            section = (java.util.Base64.getMimeEncoder().encodeToString(section) + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        String name = "BODY[" + sectionText(body.section()) + "]";
        if (body.partial() != null) {
            section = partial(section, body.partial());
            name += "<" + body.partial().offset() + ">";
        }
        out.itemName(name).literal(section);
    }

    /** A part's body with its transfer encoding undone; the whole message for the empty part. */
    private static byte[] binary(byte[] content, MimePart structure, List<Integer> part) throws StoreException {
        if (part.isEmpty()) {
            return content;
        }
        MimePart found = structure.part(part);
        if (found == null) {
            return new byte[0];
        }
        byte[] body = Arrays.copyOfRange(content, found.bodyStart(), found.end());
        if (found.isMultipart() || found.message() != null) {
            return body;
        }
        return TransferDecoding.decode(body, ContentFields.of(found).encoding()).orElseThrow(() ->
                new StoreException(StoreException.Code.UNKNOWN_CTE, "Unknown Content-Transfer-Encoding"));
    }

    private static byte[] partial(byte[] bytes, FetchAttribute.Partial partial) {
        long offset = Math.min(partial.offset(), bytes.length);
        long length = Math.min(partial.length(), bytes.length - offset);
        return Arrays.copyOfRange(bytes, (int) offset, (int) (offset + length));
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String path(List<Integer> part) {
        return part.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    private static String sectionText(FetchAttribute.Section section) {
        String path = path(section.part());
        String specifier = section.specifier();
        if (specifier.isEmpty()) {
            return path;
        }
        String text = path.isEmpty() ? specifier : path + "." + specifier;
        if (specifier.startsWith("HEADER.FIELDS")) {
            text += " (" + section.fields().stream().map(f -> f.toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining(" ")) + ")";
        }
        return text;
    }
}
