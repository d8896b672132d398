package org.flutemail.interfaces.webmail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flutemail.application.ComposeViews.Attachment;
import org.flutemail.application.ComposeViews.Composition;
import org.flutemail.application.ReadingViews.HeaderLine;
import org.flutemail.application.ReadingViews.MessageDisplay;

/**
 * Replies and forwards as new compositions: who they go to, "Re:" or "Fwd:" once, the thread's
 * message ids (RFC 5322 section 3.6.4) and the original text quoted. The screen passes the
 * introductory lines already written in the user's language. Pure Java.
 */
final class ReplyDrafts {

    private static final Pattern REPLY_PREFIX = Pattern.compile("^\\s*(re|回复|答复)\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD_PREFIX = Pattern.compile("^\\s*(fwd?|转发)\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>");
    private static final String LIST_SPLIT = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    private ReplyDrafts() {
    }

    /** A reply; {@code attribution} is the line above the quote ("On …, … wrote:"). */
    static Composition reply(MessageDisplay original, String ownAddress, boolean toAll, String attribution) {
        String sender = header(original, "Reply-To");
        if (sender == null || sender.isBlank()) {
            sender = original.from() == null ? "" : original.from();
        }
        Map<String, String> to = new LinkedHashMap<>();
        Map<String, String> cc = new LinkedHashMap<>();
        add(to, sender, ownAddress);
        if (toAll) {
            add(to, original.to(), ownAddress);
            add(cc, original.cc(), ownAddress);
            to.keySet().forEach(cc::remove);
        }
        if (to.isEmpty()) {
            add(to, sender, null); // a reply to one's own message goes back to oneself
        }
        String messageId = header(original, "Message-ID");
        String references = header(original, "References");
        if (references == null || references.isBlank()) {
            references = header(original, "In-Reply-To");
        }
        String thread = join(references, messageId);
        String body = "\n\n" + attribution + "\n" + quote(text(original));
        return new Composition(String.join(", ", to.values()), String.join(", ", cc.values()), "",
                prefixed(original.subject(), REPLY_PREFIX, "Re: "), body, null, List.of(), false,
                blankToNull(messageId), blankToNull(thread), null);
    }

    /** An inline forward: {@code header} introduces the original's text; its attachments go along. */
    static Composition forward(MessageDisplay original, String header, List<Attachment> attachments) {
        String body = "\n\n" + header + "\n\n" + text(original);
        return new Composition("", "", "", prefixed(original.subject(), FORWARD_PREFIX, "Fwd: "), body, null,
                attachments, false, null, null, null);
    }

    /** A forward with the whole original attached as an .eml file. */
    static Composition forwardAttached(MessageDisplay original, Attachment eml) {
        return new Composition("", "", "", prefixed(original.subject(), FORWARD_PREFIX, "Fwd: "), "", null,
                List.of(eml), false, null, null, null);
    }

    static String prefixed(String subject, Pattern already, String prefix) {
        String s = subject == null ? "" : subject.strip();
        return already.matcher(s).find() ? s : prefix + s;
    }

    static String reSubject(String subject) {
        return prefixed(subject, REPLY_PREFIX, "Re: ");
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            out.append(line.startsWith(">") ? ">" : "> ").append(line).append('\n');
        }
        return out.toString();
    }

    private static String text(MessageDisplay original) {
        if (original.plainText() != null && !original.plainText().isBlank()) {
            return original.plainText().strip();
        }
        return HtmlText.plain(original.html());
    }

    /** Adds each address of a header's list, keyed by the bare address, leaving out one's own. */
    private static void add(Map<String, String> into, String list, String ownAddress) {
        if (list == null) {
            return;
        }
        for (String piece : list.split(LIST_SPLIT)) {
            String entry = piece.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher angle = ANGLE_ADDRESS.matcher(entry);
            String bare = (angle.find() ? angle.group(1) : entry).toLowerCase(Locale.ROOT);
            if (!bare.contains("@") || bare.equalsIgnoreCase(ownAddress)) {
                continue;
            }
            into.putIfAbsent(bare, entry);
        }
    }

    private static String header(MessageDisplay message, String name) {
        for (HeaderLine line : message.headers()) {
            if (line.name().equalsIgnoreCase(name)) {
                return line.value().strip();
            }
        }
        return null;
    }

    private static String join(String references, String messageId) {
        List<String> ids = new ArrayList<>();
        if (references != null && !references.isBlank()) {
            ids.add(references.strip().replaceAll("\\s+", " "));
        }
        if (messageId != null && !messageId.isBlank()) {
            ids.add(messageId);
        }
        return String.join(" ", ids);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
