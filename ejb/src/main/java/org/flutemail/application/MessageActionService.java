package org.flutemail.application;

import java.util.List;

/**
 * What a webmail user does to messages and folders: flags, moves, deletion, spam reports and
 * folder management. Every change goes through the same store as IMAP's commands, so flags,
 * mailboxes, UIDs and mod-sequences are the ones IMAP clients see, and IMAP sessions on the mailbox
 * hear of each change. The caller passes the authenticated account's address.
 */
public interface MessageActionService {

    /** The flags a webmail user sets and clears by hand. */
    enum Flag {
        SEEN("\\Seen"), FLAGGED("\\Flagged");

        private final String imapName;

        Flag(String imapName) {
            this.imapName = imapName;
        }

        public String imapName() {
            return imapName;
        }
    }

    void setFlag(String account, String mailbox, List<Long> uids, Flag flag, boolean on);

    /**
     * Moves the messages to Trash; in Trash itself (or when the account has none) removes them for
     * good. Returns whether they were removed for good.
     */
    boolean delete(String account, String mailbox, List<Long> uids);

    void move(String account, String mailbox, List<Long> uids, String target);

    /** Moves the messages to Junk. */
    void markSpam(String account, String mailbox, List<Long> uids);

    /** Moves the messages from Junk back to the Inbox. */
    void markNotSpam(String account, String mailbox, List<Long> uids);

    /** Removes every message of a Trash or Junk folder for good; other folders are refused. */
    void empty(String account, String mailbox);

    /** Creates a user folder; "/" separates levels, and missing parents are created. */
    void createFolder(String account, String name);

    /** Renames a user folder and the folders below it. */
    void renameFolder(String account, String from, String to);

    /**
     * Moves a user folder, with its messages and subfolders, under another folder, or to the top level
     * when {@code parent} is null or blank; returns its new name.
     */
    String moveFolder(String account, String folder, String parent);

    /** Deletes a user folder and the folders below it; their messages go to Trash first. */
    void deleteFolder(String account, String name);

    /** The name of the account's folder with that RFC 6154 special use ("\\Trash"), if any. */
    java.util.Optional<String> specialFolder(String account, String specialUse);
}
