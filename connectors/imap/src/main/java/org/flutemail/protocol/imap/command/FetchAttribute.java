package org.flutemail.protocol.imap.command;

import java.util.List;

/** One FETCH data item as requested; macros (ALL, FAST, FULL) are already expanded. */
public sealed interface FetchAttribute {

    /** Items without a section: FLAGS, UID, ENVELOPE, BODYSTRUCTURE, RFC822.SIZE, MODSEQ and the like. */
    record Item(String name) implements FetchAttribute {
    }

    /** {@code BODY[section]<partial>} or {@code BODY.PEEK[...]}; partial is null when absent. */
    record Body(boolean peek, Section section, Partial partial) implements FetchAttribute {
    }

    /** {@code BINARY[part]<partial>} or {@code BINARY.PEEK} (RFC 3516). */
    record Binary(boolean peek, List<Integer> part, Partial partial) implements FetchAttribute {
        public Binary {
            part = List.copyOf(part);
        }
    }

    /** {@code BINARY.SIZE[part]}. */
    record BinarySize(List<Integer> part) implements FetchAttribute {
        public BinarySize {
            part = List.copyOf(part);
        }
    }

    /**
     * A body section: the part path (empty for the whole message), then one of "" (the whole part),
     * HEADER, HEADER.FIELDS, HEADER.FIELDS.NOT, TEXT, MIME, with header names for the FIELDS forms.
     */
    record Section(List<Integer> part, String specifier, List<String> fields) {
        public Section {
            part = List.copyOf(part);
            fields = List.copyOf(fields);
        }
    }

    /** {@code <offset.length>}. */
    record Partial(long offset, long length) {
    }
}
