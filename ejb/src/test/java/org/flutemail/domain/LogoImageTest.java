package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LogoImageTest {

    static byte[] png(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
        b.put(new byte[] {8, 6, 0, 0, 0}).putInt(0);
        return b.array();
    }

    static byte[] gif(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(13).order(ByteOrder.LITTLE_ENDIAN);
        b.put("GIF89a".getBytes(StandardCharsets.US_ASCII)).putShort((short) width).putShort((short) height);
        return b.array();
    }

    /** SOI, an APP0 segment, then a baseline frame header (SOF0) with the size. */
    static byte[] jpeg(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(40);
        b.put(new byte[] {(byte) 0xff, (byte) 0xd8});
        b.put(new byte[] {(byte) 0xff, (byte) 0xe0}).putShort((short) 16).put("JFIF\0".getBytes(StandardCharsets.US_ASCII))
                .put(new byte[9]);
        b.put(new byte[] {(byte) 0xff, (byte) 0xc0}).putShort((short) 11).put((byte) 8).putShort((short) height)
                .putShort((short) width).put((byte) 1);
        return b.array();
    }

    @Test
    void recognisesPngGifAndJpegByTheirBytesAndReadsTheirSize() {
        assertThat(LogoImage.of(png(200, 60))).extracting(LogoImage::mediaType, LogoImage::width, LogoImage::height)
                .containsExactly("image/png", 200, 60);
        assertThat(LogoImage.of(gif(120, 40))).extracting(LogoImage::mediaType, LogoImage::width, LogoImage::height)
                .containsExactly("image/gif", 120, 40);
        assertThat(LogoImage.of(jpeg(320, 100))).extracting(LogoImage::mediaType, LogoImage::width, LogoImage::height)
                .containsExactly("image/jpeg", 320, 100);
    }

    @Test
    void refusesSvgAndHtmlWhateverTheyClaimToBe() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LogoImage.of(svg)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("PNG, JPEG or GIF");
        assertThatThrownBy(() -> LogoImage.of("<html>GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void refusesEmptyOversizedAndHugeImages() {
        assertThatThrownBy(() -> LogoImage.of(new byte[0])).isInstanceOf(InvalidRequestException.class);
        byte[] big = Arrays.copyOf(png(100, 100), LogoImage.MAX_BYTES + 1);
        assertThatThrownBy(() -> LogoImage.of(big)).hasMessageContaining("at most " + LogoImage.MAX_BYTES);
        assertThatThrownBy(() -> LogoImage.of(png(5000, 20))).hasMessageContaining("5000x20");
        assertThatThrownBy(() -> LogoImage.of(gif(0, 20))).hasMessageContaining("0x20");
        assertThatThrownBy(() -> LogoImage.of(png(-1, 20))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void refusesTruncatedHeaders() {
        assertThatThrownBy(() -> LogoImage.of(Arrays.copyOf(png(10, 10), 20))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> LogoImage.of(Arrays.copyOf(jpeg(10, 10), 12))).hasMessageContaining("JPEG");
        assertThatThrownBy(() -> LogoImage.of(Arrays.copyOf(gif(10, 10), 8))).isInstanceOf(InvalidRequestException.class);
    }
}
