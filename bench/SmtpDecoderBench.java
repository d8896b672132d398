import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.flutemail.protocol.smtp.codec.ContentFlaws;
import org.flutemail.protocol.smtp.codec.DecoderHandler;
import org.flutemail.protocol.smtp.codec.SmtpDecoder;

/**
 * What the SMTP decoder costs per octet of DATA content: a message of text lines (40 to 75 octets,
 * one in twenty dot-stuffed) is fed again and again in 16 KB reads, as the connection hands them on,
 * and the time per octet and per message is printed for each of eight rounds (the first ones include
 * the JIT's compiling). No server, no I/O: only the framing and unstuffing.
 *
 * <pre>
 * mvn -q -pl connectors/smtp package -DskipTests
 * java -cp connectors/smtp/target/flute-smtp-protocol-0.1.0-SNAPSHOT.jar bench/SmtpDecoderBench.java [SIZE]
 * </pre>
 *
 * SIZE is the message size in octets (default 102400).
 */
public class SmtpDecoderBench {

    private static final int READ_SIZE = 16 * 1024;
    private static final long OCTETS_PER_ROUND = 50_000_000L;

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 102_400;
        byte[] message = message(size);
        byte[] data = "DATA\r\n".getBytes(StandardCharsets.US_ASCII);
        Counting handler = new Counting();
        SmtpDecoder decoder = new SmtpDecoder(512, handler);
        handler.decoder = decoder;
        long messages = Math.max(1, OCTETS_PER_ROUND / message.length);
        for (int round = 1; round <= 8; round++) {
            long start = System.nanoTime();
            for (long m = 0; m < messages; m++) {
                decoder.feed(data, 0, data.length);
                for (int offset = 0; offset < message.length; offset += READ_SIZE) {
                    decoder.feed(message, offset, Math.min(READ_SIZE, message.length - offset));
                }
            }
            long elapsed = System.nanoTime() - start;
            System.out.printf("round %d: %.2f ns per octet, %.3f ms per message of %d octets%n", round,
                    (double) elapsed / (messages * message.length), elapsed / 1e6 / messages, message.length);
        }
        if (handler.ended != 8 * messages) {
            throw new IllegalStateException(handler.ended + " messages ended, expected " + 8 * messages);
        }
        System.out.println("content octets passed on: " + handler.octets);
    }

    /** Text lines up to {@code size} octets, then the terminator. */
    private static byte[] message(int size) {
        Random random = new Random(1);
        StringBuilder text = new StringBuilder();
        while (text.length() < size) {
            if (random.nextInt(20) == 0) {
                text.append('.');
            }
            int length = 40 + random.nextInt(36);
            for (int i = 0; i < length; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append("\r\n");
        }
        return text.append(".\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Counts what comes out, so that the work cannot be optimised away; enters DATA after each DATA. */
    private static final class Counting implements DecoderHandler {
        SmtpDecoder decoder;
        long octets;
        long ended;

        @Override
        public void commandLine(String line) {
            decoder.enterDataMode();
        }

        @Override
        public void commandLineTooLong() {
            throw new IllegalStateException("no command line is that long here");
        }

        @Override
        public void content(byte[] buffer, int offset, int length) {
            octets += length;
        }

        @Override
        public void endOfData(ContentFlaws flaws) {
            ended++;
        }

        @Override
        public void endOfChunk() {
            throw new IllegalStateException("no BDAT here");
        }
    }
}
