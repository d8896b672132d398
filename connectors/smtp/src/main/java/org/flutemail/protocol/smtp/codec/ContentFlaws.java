package org.flutemail.protocol.smtp.codec;

/**
 * What a DATA section did against RFC 5321's line rules. The decoder only observes; the session
 * decides what each flaw costs the message.
 *
 * @param bareLineEnd  a CR not followed by LF, or an LF not preceded by CR, occurred in the content
 * @param overlongLine a text line exceeded the 1000-octet limit of RFC 5321 section 4.5.3.1.6
 */
public record ContentFlaws(boolean bareLineEnd, boolean overlongLine) {

    public static final ContentFlaws NONE = new ContentFlaws(false, false);
}
