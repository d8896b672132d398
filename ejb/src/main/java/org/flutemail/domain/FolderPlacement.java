package org.flutemail.domain;

/**
 * Where a folder ends up when it is moved under another parent or to the top level: its last name
 * kept, its path changed. A move is an IMAP RENAME of the whole subtree, so a folder cannot go under
 * itself or one of its own subfolders (the subtree would have to contain itself).
 */
public final class FolderPlacement {

    private static final String DELIMITER = "/";

    private FolderPlacement() {
    }

    /**
     * @param parent the new parent's full name, or null or blank for the top level
     * @return the folder's full name after the move
     * @throws InvalidRequestException when the parent is the folder itself or below it
     */
    public static String moved(String folder, String parent) {
        String leaf = folder.substring(folder.lastIndexOf(DELIMITER) + 1);
        if (parent == null || parent.isBlank()) {
            return leaf;
        }
        if (parent.equals(folder) || parent.startsWith(folder + DELIMITER)) {
            throw new InvalidRequestException("a folder cannot be moved into itself or one of its subfolders");
        }
        return parent + DELIMITER + leaf;
    }

    /** Whether {@code candidate} may receive {@code folder}: not the folder itself nor below it. */
    public static boolean canReceive(String folder, String candidate) {
        return !candidate.equals(folder) && !candidate.startsWith(folder + DELIMITER);
    }
}
