package org.flutemail.protocol.imap.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Records decoder events as text and plays the session's part: AUTHENTICATE and IDLE ask for a raw
 * line, LOGIN switches to the after-authentication limits, STARTTLS stops the decoder.
 */
final class DecoderRecorder implements DecoderHandler {

    final List<String> events = new ArrayList<>();
    final ImapDecoder decoder;

    DecoderRecorder(DecoderLimits limits) {
        this.decoder = new ImapDecoder(limits, this);
    }

    @Override
    public void request(ImapRequest request) {
        events.add(request.toString());
        switch (request.name()) {
            case "AUTHENTICATE", "IDLE" -> decoder.expectLine();
            case "LOGIN" -> decoder.setAuthenticated(true);
            case "STARTTLS" -> decoder.stop();
            default -> { }
        }
    }

    @Override
    public void error(DecodeError error) {
        events.add("ERROR " + error.tag() + " " + error.kind() + " " + error.text());
    }

    @Override
    public void continuationRequested() {
        events.add("+");
    }

    @Override
    public void line(String line) {
        events.add("LINE " + line);
    }

    /** Decodes the input fed in one piece. */
    static List<String> decode(DecoderLimits limits, String input) {
        return decode(limits, bytes(input), new int[0]);
    }

    /** Decodes the input cut at the given offsets, each piece fed separately. */
    static List<String> decode(DecoderLimits limits, byte[] input, int[] cuts) {
        DecoderRecorder recorder = new DecoderRecorder(limits);
        int start = 0;
        for (int cut : cuts) {
            recorder.decoder.feed(input, start, cut - start);
            start = cut;
        }
        recorder.decoder.feed(input, start, input.length - start);
        return recorder.events;
    }

    static byte[] bytes(String input) {
        return input.getBytes(StandardCharsets.UTF_8);
    }
}
