package org.flutemail.interfaces.webmail;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.flutemail.application.Views.MailboxView;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Builds the folder tree: the system folders first in a fixed order (Inbox, Drafts, Sent, Trash,
 * Junk), then the user's folders by name, nested at the IMAP hierarchy delimiter "/".
 */
final class FolderTree {

    static final String DELIMITER = "/";

    /** System folders by RFC 6154 special use, in the order shown; Inbox is found by name. */
    private static final List<String> SYSTEM_ORDER = List.of("\\Drafts", "\\Sent", "\\Trash", "\\Junk");

    private FolderTree() {
    }

    /** {@code systemLabel} gives the label of a system folder from its key ("inbox", "drafts", ...). */
    static TreeNode<FolderNode> build(List<MailboxView> folders, Function<String, String> systemLabel) {
        TreeNode<FolderNode> root = new DefaultTreeNode<>(new FolderNode("", "", 0, false), null);
        Map<String, DefaultTreeNode<FolderNode>> byName = new HashMap<>();
        List<MailboxView> ordered = folders.stream().sorted(Comparator.comparingInt(FolderTree::rank)
                .thenComparing(f -> f.name().toLowerCase(Locale.ROOT))).toList();
        for (MailboxView folder : ordered) {
            String key = systemKey(folder);
            String label = key != null ? systemLabel.apply(key) : leaf(folder.name());
            TreeNode<FolderNode> parent = key != null ? root : parentOf(folder.name(), root, byName);
            DefaultTreeNode<FolderNode> node = byName.get(folder.name());
            FolderNode data = new FolderNode(folder.name(), label, folder.unseen(), true, key);
            if (node == null) {
                node = new DefaultTreeNode<>(data, parent);
                byName.put(folder.name(), node);
            } else {
                node.setData(data); // a grouping level created earlier turns out to be a folder itself
            }
            node.setExpanded(true);
        }
        return root;
    }

    private static TreeNode<FolderNode> parentOf(String name, TreeNode<FolderNode> root,
            Map<String, DefaultTreeNode<FolderNode>> byName) {
        int cut = name.lastIndexOf(DELIMITER);
        if (cut <= 0) {
            return root;
        }
        String parentName = name.substring(0, cut);
        DefaultTreeNode<FolderNode> parent = byName.get(parentName);
        if (parent == null) {
            parent = new DefaultTreeNode<>(new FolderNode(parentName, leaf(parentName), 0, false),
                    parentOf(parentName, root, byName));
            parent.setExpanded(true);
            byName.put(parentName, parent);
        }
        return parent;
    }

    private static String leaf(String name) {
        return name.substring(name.lastIndexOf(DELIMITER) + 1);
    }

    private static int rank(MailboxView folder) {
        if (folder.name().equalsIgnoreCase("INBOX")) {
            return 0;
        }
        int system = folder.specialUse() == null ? -1 : SYSTEM_ORDER.indexOf(folder.specialUse());
        return system >= 0 ? 1 + system : 1 + SYSTEM_ORDER.size();
    }

    /** "inbox", "drafts", "sent", "trash", "junk" for a system folder, else null. */
    static String systemKey(MailboxView folder) {
        if (folder.name().equalsIgnoreCase("INBOX")) {
            return "inbox";
        }
        if (folder.specialUse() == null || !SYSTEM_ORDER.contains(folder.specialUse())) {
            return null;
        }
        return folder.specialUse().substring(1).toLowerCase(Locale.ROOT);
    }
}
