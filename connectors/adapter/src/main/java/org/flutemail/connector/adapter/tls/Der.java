package org.flutemail.connector.adapter.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Just enough ASN.1 DER (ITU-T X.690) to write one X.509 certificate: definite lengths, and the
 * handful of types a certificate needs. Nothing here parses.
 */
final class Der {

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GENERALIZED_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int UTC_TIME_LAST_YEAR = 2049;

    private Der() {
    }

    static byte[] sequence(byte[]... items) {
        return tlv(0x30, concat(items));
    }

    static byte[] set(byte[]... items) {
        return tlv(0x31, concat(items));
    }

    static byte[] integer(BigInteger value) {
        return tlv(0x02, value.toByteArray());
    }

    static byte[] bitString(byte[] bits) {
        byte[] content = new byte[bits.length + 1];
        System.arraycopy(bits, 0, content, 1, bits.length);
        return tlv(0x03, content);
    }

    static byte[] octetString(byte[] content) {
        return tlv(0x04, content);
    }

    static byte[] nullValue() {
        return tlv(0x05, new byte[0]);
    }

    static byte[] utf8String(String text) {
        return tlv(0x0C, text.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 5280 section 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
    static byte[] time(Instant instant) {
        boolean utc = instant.atZone(ZoneOffset.UTC).getYear() <= UTC_TIME_LAST_YEAR;
        String text = (utc ? UTC_TIME : GENERALIZED_TIME).format(instant);
        return tlv(utc ? 0x17 : 0x18, text.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] objectIdentifier(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            long arc = Long.parseLong(arcs[i]);
            int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
            for (int g = groups - 1; g >= 0; g--) {
                out.write((int) ((arc >>> (7 * g)) & 0x7F) | (g > 0 ? 0x80 : 0));
            }
        }
        return tlv(0x06, out.toByteArray());
    }

    /** A constructed, explicitly tagged context-specific value: {@code [n] EXPLICIT}. */
    static byte[] explicit(int number, byte[] value) {
        return tlv(0xA0 | number, value);
    }

    /** A primitive, implicitly tagged context-specific value, as in a GeneralName. */
    static byte[] implicit(int number, byte[] content) {
        return tlv(0x80 | number, content);
    }

    static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int octets = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | octets);
            for (int i = octets - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] item : items) {
            out.writeBytes(item);
        }
        return out.toByteArray();
    }
}
