package org.flutemail.migration.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flutemail.domain.MessageFlags;
import org.flutemail.migration.MailSource;
import org.flutemail.migration.SourceFolder;
import org.flutemail.migration.SourceKeys;
import org.flutemail.migration.SourceMessage;

/**
 * A Maildir++ tree: the root's {@code cur/} and {@code new/} are INBOX, each {@code .Name} directory
 * a folder, {@code .A.B} the folder B inside A (names in modified UTF-7, as Dovecot and Courier
 * write them). Messages come in file-name order, which is delivery order (names begin with the
 * delivery time); flags come from the {@code :2,} info suffix, keywords through Dovecot's
 * {@code dovecot-keywords} file, the internal date from the file's modification time (as Dovecot
 * keeps it).
 */
public final class MaildirSource implements MailSource {

    private final Path root;

    public MaildirSource(Path root) {
        this.root = root;
    }

    @Override
    public List<SourceFolder> folders() throws IOException {
        if (!isMaildir(root)) {
            throw new IOException("not a Maildir: " + root.getFileName() + " has no cur/ or new/ directory");
        }
        List<SourceFolder> folders = new ArrayList<>();
        folders.add(SourceFolder.inbox());
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(".") && name.length() > 1 && !name.equals("..") && isMaildir(p);
            }).map(p -> p.getFileName().toString()).sorted().forEach(dir -> {
                String decoded = ModifiedUtf7.decode(dir.substring(1));
                folders.add(new SourceFolder(dir, Arrays.asList(decoded.split("\\.")), null));
            });
        }
        return folders;
    }

    @Override
    public void messages(SourceFolder folder, MessageSink sink) throws IOException {
        Path dir = folder.name().equals("INBOX") ? root : root.resolve(folder.name());
        Map<Character, String> keywords = keywords(dir.resolve("dovecot-keywords"));
        List<Path> files = new ArrayList<>();
        for (String sub : List.of("new", "cur")) {
            Path d = dir.resolve(sub);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)).forEach(files::add);
                }
            }
        }
        files.sort(Comparator.comparing((Path p) -> uniqueName(p.getFileName().toString())));
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String unique = uniqueName(fileName);
            boolean isNew = file.getParent().getFileName().toString().equals("new");
            MessageFlags flags = isNew ? MessageFlags.NONE : flags(fileName, keywords);
            sink.accept(new SourceMessage(SourceKeys.maildir(folder.name(), unique), unique, flags,
                    Files.getLastModifiedTime(file).toInstant(),
                    () -> new CrlfInputStream(new BufferedInputStream(Files.newInputStream(file), 65536))));
        }
    }

    /** The file name without the {@code :2,} info, which changes with the flags. */
    static String uniqueName(String fileName) {
        int colon = fileName.indexOf(':');
        return colon < 0 ? fileName : fileName.substring(0, colon);
    }

    /** Maildir's info letters: P passed, R replied, S seen, T trashed, D draft, F flagged; a-z Dovecot keywords. */
    static MessageFlags flags(String fileName, Map<Character, String> keywords) {
        int info = fileName.indexOf(":2,");
        if (info < 0) {
            return MessageFlags.NONE;
        }
        String letters = fileName.substring(info + 3);
        List<String> words = new ArrayList<>();
        if (letters.indexOf('P') >= 0) {
            words.add("$Forwarded");
        }
        for (char c : letters.toCharArray()) {
            if (c >= 'a' && c <= 'z' && keywords.containsKey(c)) {
                words.add(keywords.get(c));
            }
        }
        return new MessageFlags(letters.indexOf('S') >= 0, letters.indexOf('R') >= 0, letters.indexOf('F') >= 0,
                letters.indexOf('D') >= 0, words);
    }

    /** Dovecot's {@code dovecot-keywords}: lines {@code 0 $Label1}, letter a is keyword 0. */
    static Map<Character, String> keywords(Path file) throws IOException {
        Map<Character, String> map = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return map;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length == 2 && parts[0].matches("\\d{1,2}") && Integer.parseInt(parts[0]) < 26) {
                map.put((char) ('a' + Integer.parseInt(parts[0])), parts[1]);
            }
        }
        return map;
    }

    private static boolean isMaildir(Path dir) {
        return Files.isDirectory(dir.resolve("cur")) || Files.isDirectory(dir.resolve("new"));
    }

    @Override
    public void close() {
    }
}
