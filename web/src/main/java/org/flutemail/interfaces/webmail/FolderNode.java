package org.flutemail.interfaces.webmail;

import java.io.Serializable;

/**
 * A folder as the tree shows it: its full name (what the services take), the label shown, and its
 * unread count. {@code selectable} is false for a level that only groups others ("Work" above
 * "Work/2025" when no folder "Work" exists); {@code systemKey} names a system folder ("inbox",
 * "trash", ...), null for the user's own.
 */
public record FolderNode(String name, String label, long unseen, boolean selectable, String systemKey)
        implements Serializable {

    public FolderNode(String name, String label, long unseen, boolean selectable) {
        this(name, label, unseen, selectable, null);
    }
}
