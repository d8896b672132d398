package org.flutemail.domain;

import java.util.Arrays;

/**
 * A domain's logo, checked by its own bytes and never by the type a client claims: PNG, JPEG or GIF
 * (recognised by their magic numbers, with the size read from the header), at most {@value #MAX_BYTES}
 * bytes and {@value #MAX_SIDE} pixels a side. Anything else is refused, SVG above all: it is a document
 * that may carry script, and a logo is shown on every page of the webmail.
 *
 * @param mediaType what the image is served as: {@code image/png}, {@code image/jpeg} or {@code image/gif}
 */
public record LogoImage(String mediaType, int width, int height, byte[] content) {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_SIDE = 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The image in {@code content}, or an {@link InvalidRequestException} that says what is wrong. */
    public static LogoImage of(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("the logo is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("the logo has " + content.length + " bytes; at most " + MAX_BYTES);
        }
        LogoImage image = sniffed(content);
        if (image.width < 1 || image.height < 1 || image.width > MAX_SIDE || image.height > MAX_SIDE) {
            throw new InvalidRequestException("the logo is " + image.width + "x" + image.height
                    + " pixels; each side must be 1 to " + MAX_SIDE);
        }
        return image;
    }

    private static LogoImage sniffed(byte[] b) {
        if (startsWith(b, PNG) && b.length >= 24 && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
            return new LogoImage("image/png", int32(b, 16), int32(b, 20), b);
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8'
                && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return new LogoImage("image/gif", u16le(b, 6), u16le(b, 8), b);
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return jpeg(b);
        }
        throw new InvalidRequestException("the logo must be a PNG, JPEG or GIF image (SVG is not accepted)");
    }

    /**
     * Walks the JPEG's marker segments to the first start-of-frame, which holds the size. DHT (C4),
     * JPG (C8) and DAC (CC) share the SOF range but are no frames.
     */
    private static LogoImage jpeg(byte[] b) {
        int at = 2;
        while (at + 9 < b.length) {
            if ((b[at] & 0xff) != 0xff) {
                break;
            }
            int marker = b[at + 1] & 0xff;
            if (marker == 0xff) {
                at++; // fill byte
                continue;
            }
            int length = u16be(b, at + 2);
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                return new LogoImage("image/jpeg", u16be(b, at + 7), u16be(b, at + 5), b);
            }
            if (marker == 0xda || length < 2) {
                break; // image data before any frame header: not a JPEG we can size
            }
            at += 2 + length;
        }
        throw new InvalidRequestException("the logo is not a complete JPEG image");
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int int32(byte[] b, int at) {
        long v = ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    private static int u16le(byte[] b, int at) {
        return (b[at] & 0xff) | ((b[at + 1] & 0xff) << 8);
    }

    private static int u16be(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }
}
