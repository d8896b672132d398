package org.flutemail.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a source folder goes in Flute. INBOX is INBOX whatever its spelling; the special folders
 * go to Flute's own Sent, Drafts, Trash and Junk, recognised by the special use the source declares
 * or else by the names clients commonly give them (English and Chinese: Foxmail, Outlook, Coremail);
 * everything else keeps its name and hierarchy, with Flute's separator between the levels.
 */
public final class FolderMapping {

    private static final TargetFolder SENT = new TargetFolder("Sent", "\\Sent");
    private static final TargetFolder DRAFTS = new TargetFolder("Drafts", "\\Drafts");
    private static final TargetFolder TRASH = new TargetFolder("Trash", "\\Trash");
    private static final TargetFolder JUNK = new TargetFolder("Junk", "\\Junk");

    private static final Map<String, TargetFolder> BY_SPECIAL_USE = Map.of(
            "\\sent", SENT, "\\drafts", DRAFTS, "\\trash", TRASH, "\\junk", JUNK);

    private static final Map<String, TargetFolder> BY_NAME = Map.ofEntries(
            Map.entry("sent", SENT), Map.entry("sent items", SENT), Map.entry("sent messages", SENT),
            Map.entry("sent mail", SENT), Map.entry("已发送", SENT), Map.entry("已发送邮件", SENT),
            Map.entry("drafts", DRAFTS), Map.entry("draft", DRAFTS), Map.entry("草稿箱", DRAFTS),
            Map.entry("草稿", DRAFTS),
            Map.entry("trash", TRASH), Map.entry("deleted items", TRASH), Map.entry("deleted messages", TRASH),
            Map.entry("已删除", TRASH), Map.entry("已删除邮件", TRASH),
            Map.entry("junk", JUNK), Map.entry("spam", JUNK), Map.entry("junk e-mail", JUNK),
            Map.entry("junk email", JUNK), Map.entry("垃圾邮件", JUNK));

    private FolderMapping() {
    }

    public static TargetFolder map(SourceFolder folder) {
        List<String> path = cleaned(folder.path());
        if (path.isEmpty() || (path.size() == 1 && path.get(0).equalsIgnoreCase("INBOX"))) {
            return new TargetFolder("INBOX", null);
        }
        // Some servers (Courier, older Cyrus) keep every folder below INBOX: INBOX.Sent is their Sent.
        int top = path.get(0).equalsIgnoreCase("INBOX") && path.size() > 1 && special(path.get(1)) != null ? 1 : 0;
        TargetFolder special = folder.specialUse() != null && path.size() == top + 1
                ? BY_SPECIAL_USE.get(folder.specialUse().toLowerCase(Locale.ROOT)) : null;
        if (special == null) {
            special = special(path.get(top));
        }
        if (special == null) {
            if (path.get(0).equalsIgnoreCase("INBOX")) {
                path.set(0, "INBOX");
            }
            return new TargetFolder(String.join(String.valueOf(TargetFolder.SEPARATOR), path), null);
        }
        List<String> below = path.subList(top + 1, path.size());
        if (below.isEmpty()) {
            return special;
        }
        return new TargetFolder(special.name() + TargetFolder.SEPARATOR
                + String.join(String.valueOf(TargetFolder.SEPARATOR), below), null);
    }

    private static TargetFolder special(String name) {
        return BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
    }

    /** The levels without empty ones, and without Flute's separator inside a level. */
    private static List<String> cleaned(List<String> path) {
        List<String> out = new ArrayList<>();
        for (String level : path) {
            String clean = level.replace(TargetFolder.SEPARATOR, '_').strip();
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }
}
