package org.flutemail.disclaimer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flutemail.protocol.imap.message.ContentType;
import org.flutemail.protocol.imap.message.MimePart;

/**
 * Chooses the parts of a message that take the disclaimer: a text/plain or text/html message body;
 * both the plain and the HTML alternative of a multipart/alternative (the HTML one may sit in a
 * multipart/related); in any other multipart the first text body, or the alternative inside it.
 * Attachments are never chosen. Signed or encrypted content on the way, or a multipart whose closing
 * boundary is missing, leaves the whole message alone: adding to it would break a signature or guess at
 * structure the parser could only approximate.
 */
final class TextBodies {

    private TextBodies() {
    }

    /** The parts to stamp, in message order; empty when the message has no text body. */
    static List<MimePart> of(byte[] message, MimePart root) throws Unstampable {
        return within(message, root);
    }

    private static List<MimePart> within(byte[] message, MimePart part) throws Unstampable {
        refuseProtected(part);
        if (isTextBody(part)) {
            return List.of(part);
        }
        if (!part.type().equals("multipart")) {
            return List.of();
        }
        requireWellFormed(message, part);
        if (part.subtype().equals("alternative")) {
            return alternatives(message, part);
        }
        for (MimePart child : part.children()) {
            if (isTextBody(child) || child.type().equals("multipart")) {
                return within(message, child);
            }
            refuseProtected(child);
        }
        return List.of();
    }

    /** The first plain and the first HTML alternative (looked for inside a multipart/related too). */
    private static List<MimePart> alternatives(byte[] message, MimePart alternative) throws Unstampable {
        MimePart plain = null;
        MimePart html = null;
        for (MimePart child : alternative.children()) {
            refuseProtected(child);
            List<MimePart> found = isTextBody(child) ? List.of(child)
                    : child.type().equals("multipart") ? within(message, child) : List.of();
            for (MimePart text : found) {
                if (plain == null && text.subtype().equals("plain")) {
                    plain = text;
                } else if (html == null && text.subtype().equals("html")) {
                    html = text;
                }
            }
        }
        List<MimePart> chosen = new ArrayList<>(2);
        if (plain != null) {
            chosen.add(plain);
        }
        if (html != null) {
            chosen.add(html);
        }
        chosen.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return chosen;
    }

    private static boolean isTextBody(MimePart part) {
        if (!part.type().equals("text") || !(part.subtype().equals("plain") || part.subtype().equals("html"))) {
            return false;
        }
        String disposition = part.header().value("Content-Disposition");
        return disposition == null || !disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
    }

    private static void refuseProtected(MimePart part) throws Unstampable {
        String type = part.type() + "/" + part.subtype();
        if (type.equals("multipart/signed") || type.equals("multipart/encrypted")
                || type.equals("application/pkcs7-mime") || type.equals("application/x-pkcs7-mime")) {
            throw new Unstampable("the message is signed or encrypted (" + type + ")");
        }
    }

    /** A multipart must have parts and its closing delimiter, or the parser's reading is a guess. */
    private static void requireWellFormed(byte[] message, MimePart multipart) throws Unstampable {
        String boundary = ContentType.parse(multipart.header().value("Content-Type"), "text/plain")
                .parameter("boundary");
        if (boundary == null || boundary.isEmpty() || !multipart.isMultipart()) {
            throw new Unstampable("a multipart without a boundary or parts");
        }
        if (!contains(message, multipart.bodyStart(), multipart.end(),
                ("--" + boundary + "--").getBytes(StandardCharsets.ISO_8859_1))) {
            throw new Unstampable("a multipart without its closing boundary");
        }
    }

    private static boolean contains(byte[] data, int from, int to, byte[] wanted) {
        outer:
        for (int i = from; i <= to - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
