package org.flutemail.protocol.imap.session;

import java.util.Arrays;
import java.util.function.Consumer;

import org.flutemail.protocol.imap.message.MimePart;
import org.flutemail.protocol.imap.response.ResponseWriter;
import org.flutemail.protocol.imap.store.ImapStore.PreparedFetch;

/**
 * Prepares, once when a message is stored, what FETCH answers from its octets most often: the header
 * (for HEADER.FIELDS and HEADER sections) and ENVELOPE, BODY and BODYSTRUCTURE rendered by the same
 * code a FETCH of the octets runs, so the stored form is byte for byte what the FETCH would write.
 *
 * <p>Rendered for a client without UTF8=ACCEPT: 8-bit text goes as literals, which are valid for every
 * client; {@link FetchResponder} renders again from the octets for a UTF8=ACCEPT client when the
 * prepared form holds 8-bit octets, since that client would get quoted strings. A value larger than
 * {@link #MAX_VALUE} is not kept (a pathological MIME tree of thousands of parts): FETCH then reads the
 * message, as it did before.
 */
public final class FetchPreparation {

    /** Per value; real messages' structures are a few hundred octets, their headers a few kilobytes. */
    public static final int MAX_VALUE = 32 * 1024;

    private FetchPreparation() {
    }

    public static PreparedFetch prepare(byte[] content) {
        MimePart message = MimePart.parse(content);
        StructureWriter writer = new StructureWriter(content);
        return new PreparedFetch(bounded(Arrays.copyOfRange(content, message.start(), message.bodyStart())),
                render(out -> writer.envelope(out, message)),
                render(out -> writer.structure(out, message, false)),
                render(out -> writer.structure(out, message, true)));
    }

    private static byte[] render(Consumer<ResponseWriter> value) {
        ResponseWriter out = new ResponseWriter(false);
        value.accept(out);
        return bounded(out.drain());
    }

    private static byte[] bounded(byte[] value) {
        return value.length <= MAX_VALUE ? value : null;
    }
}
