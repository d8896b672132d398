package org.flutemail.protocol.imap.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.flutemail.protocol.imap.codec.DecodeError;
import org.flutemail.protocol.imap.codec.DecoderHandler;
import org.flutemail.protocol.imap.codec.DecoderLimits;
import org.flutemail.protocol.imap.codec.ImapDecoder;
import org.flutemail.protocol.imap.codec.ImapRequest;

/** Runs a command line through the real decoder and parser, as the session will. */
final class Commands {

    private static final ImapCommandParser PARSER = new ImapCommandParser();

    private Commands() {
    }

    static ImapCommand parse(String line) throws BadCommandException {
        return parse(line, ParseContext.LEGACY);
    }

    static ImapCommand parse(String line, ParseContext context) throws BadCommandException {
        return PARSER.parse(decode(line), context);
    }

    private static ImapRequest decode(String line) {
        List<ImapRequest> requests = new ArrayList<>();
        ImapDecoder decoder = new ImapDecoder(DecoderLimits.defaults(), new DecoderHandler() {
            @Override
            public void request(ImapRequest request) {
                requests.add(request);
            }

            @Override
            public void error(DecodeError error) {
                throw new AssertionError(error.toString());
            }

            @Override
            public void continuationRequested() {
            }

            @Override
            public void line(String raw) {
            }
        });
        byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8);
        decoder.feed(bytes, 0, bytes.length);
        return requests.get(0);
    }
}
