package org.flutemail.interfaces.webmail;

import java.util.List;

/**
 * The emoticons the compose screen offers. They are Unicode emoji, not pictures: they travel as text in
 * the UTF-8 body, need no attachment or remote image, and every current mail program shows them.
 */
public final class Emoticons {

    /** One emoticon and the bundle key of its name (the tooltip and the screen reader's label). */
    public record Emoticon(String text, String key) {
    }

    static final List<Emoticon> ALL = List.of(
            new Emoticon("\uD83D\uDE00", "emoticon.grin"),
            new Emoticon("\uD83D\uDE42", "emoticon.smile"),
            new Emoticon("\uD83D\uDE09", "emoticon.wink"),
            new Emoticon("\uD83D\uDE02", "emoticon.laugh"),
            new Emoticon("\uD83D\uDE0D", "emoticon.love"),
            new Emoticon("\uD83D\uDE22", "emoticon.sad"),
            new Emoticon("\uD83D\uDC4D", "emoticon.thumbsUp"),
            new Emoticon("\uD83D\uDE4F", "emoticon.thanks"),
            new Emoticon("\uD83C\uDF89", "emoticon.party"),
            new Emoticon("\uD83C\uDF39", "emoticon.rose"),
            new Emoticon("\u2615", "emoticon.tea"),
            new Emoticon("\uD83E\uDDE7", "emoticon.redEnvelope"));

    private Emoticons() {
    }
}
