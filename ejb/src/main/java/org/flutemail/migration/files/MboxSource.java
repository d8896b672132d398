package org.flutemail.migration.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flutemail.migration.MailSource;
import org.flutemail.migration.SourceFolder;
import org.flutemail.migration.SourceKeys;
import org.flutemail.migration.SourceMessage;
import org.flutemail.migration.TargetFolder;

/** One mbox file, imported into one folder (INBOX unless told otherwise). */
public final class MboxSource implements MailSource {

    private final Path file;
    private final SourceFolder folder;

    public MboxSource(Path file, String targetFolder) {
        this.file = file;
        String name = targetFolder == null || targetFolder.isBlank() ? "INBOX" : targetFolder.strip();
        this.folder = new SourceFolder(name, Arrays.asList(name.split(String.valueOf(TargetFolder.SEPARATOR))), null);
    }

    @Override
    public List<SourceFolder> folders() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no mbox file " + file.getFileName());
        }
        return List.of(folder);
    }

    @Override
    public void messages(SourceFolder ignored, MessageSink sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            MboxReader reader = new MboxReader(in);
            MboxReader.Message m;
            while ((m = reader.next()) != null) {
                sink.accept(toSource(m));
            }
        }
    }

    private SourceMessage toSource(MboxReader.Message m) {
        String label = "message " + (m.position() + 1);
        if (m.content() == null) {
            String key = SourceKeys.mbox(folder.name(), m.position(), new byte[0]);
            return new SourceMessage(key, label, m.flags(), m.fromLineDate(), () -> {
                throw new IOException("larger than " + MboxReader.MAX_MESSAGE + " octets");
            });
        }
        byte[] content = m.content();
        String key = SourceKeys.mbox(folder.name(), m.position(), SourceKeys.digest().digest(content));
        return new SourceMessage(key, label, m.flags(), m.fromLineDate(), () -> new ByteArrayInputStream(content));
    }

    @Override
    public void close() {
    }
}
