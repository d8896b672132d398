package org.flutemail.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real image files for upload tests, drawn by the JDK's image encoders, and hostile lookalikes. */
public final class TestImages {

    private TestImages() {
    }

    /** A {@code width} x {@code height} image in {@code format} (png, jpeg, gif): one colour, one bar. */
    public static byte[] drawn(String format, int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 8, height / 3, width * 3 / 4, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no encoder for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An SVG image that runs script when opened as a document. */
    public static byte[] svgWithScript() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"40\">"
                + "<script>alert(document.cookie)</script><rect width=\"100\" height=\"40\" fill=\"red\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code prefix} padded with zero bytes to {@code size}: a PNG's start with far too much after it. */
    public static byte[] padded(byte[] prefix, int size) {
        return java.util.Arrays.copyOf(prefix, size);
    }
}
