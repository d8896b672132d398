package org.flutemail.protocol.imap.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.flutemail.protocol.imap.message.MimePart;
import org.flutemail.protocol.imap.response.ResponseWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ENVELOPE, BODYSTRUCTURE and BODY compared with what Dovecot answers for the same octets (see resources). */
class StructureWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "nocontenttype_noheaders", "multipart", "alternative", "eightbit"})
    void answersAsDovecotDoes(String sample) throws IOException {
        byte[] message = resource(sample + ".eml");
        MimePart structure = MimePart.parse(message);
        StructureWriter writer = new StructureWriter(message);
        ResponseWriter out = new ResponseWriter(false).openList().atom("ENVELOPE");
        writer.envelope(out, structure);
        writer.structure(out.atom("BODYSTRUCTURE"), structure, true);
        writer.structure(out.atom("BODY"), structure, false);
        out.closeList();
        String ours = new String(out.drain(), StandardCharsets.UTF_8).replaceAll("\\{(\\d+)}\r\n", "{$1}");

        assertThat(ours).isEqualTo(new String(resource(sample + ".expected"), StandardCharsets.UTF_8).strip());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StructureWriterTest.class.getResourceAsStream("/structure/" + name)) {
            return in.readAllBytes();
        }
    }
}
