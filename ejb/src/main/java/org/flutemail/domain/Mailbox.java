package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A folder of an account (IMAP calls it a mailbox). It owns the counters IMAP clients synchronise by:
 * UIDVALIDITY, the next UID to hand out and the highest mod-sequence. UIDs must be strictly ascending
 * even under concurrent delivery, so callers take the mailbox row's write lock before
 * {@link #allocateUid(long)}.
 */
@Entity
@Table(name = "mailbox")
public class Mailbox {

    public static final String INBOX = "INBOX";

    /** The folders every new account gets, with their RFC 6154 special-use attribute. */
    public static final List<String[]> DEFAULT_FOLDERS = List.of(
            new String[] {INBOX, null},
            new String[] {"Sent", "\\Sent"},
            new String[] {"Drafts", "\\Drafts"},
            new String[] {"Trash", "\\Trash"},
            new String[] {"Junk", "\\Junk"});

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String name;

    @Column(name = "special_use")
    private String specialUse;

    @Column(name = "uid_validity", nullable = false)
    private long uidValidity;

    @Column(name = "next_uid", nullable = false)
    private long nextUid;

    @Column(name = "highest_modseq", nullable = false)
    private long highestModseq;

    @Column(nullable = false)
    private boolean subscribed;

    @Column(name = "first_recent_uid", nullable = false)
    private long firstRecentUid = 1;

    @Column(name = "used_octets", nullable = false)
    private long usedOctets;

    protected Mailbox() {
    }

    public Mailbox(Account account, String name, String specialUse, long uidValidity) {
        this.account = account;
        this.name = name;
        this.specialUse = specialUse;
        this.uidValidity = uidValidity;
        this.nextUid = 1;
        this.highestModseq = 1;
        this.subscribed = true;
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String name() {
        return name;
    }

    public String specialUse() {
        return specialUse;
    }

    public long uidValidity() {
        return uidValidity;
    }

    public long nextUid() {
        return nextUid;
    }

    public long highestModseq() {
        return highestModseq;
    }

    public boolean subscribed() {
        return subscribed;
    }

    /**
     * Hands out the next UID to a message of {@code octets}, which count from now on in what the mailbox
     * takes; the caller must hold this row's write lock until its transaction ends.
     */
    public long allocateUid(long octets) {
        usedOctets += octets;
        return nextUid++;
    }

    /** Messages of {@code octets} in total left the mailbox; the caller holds this row's write lock. */
    public void released(long octets) {
        usedOctets -= octets;
    }

    /** What the mailbox's messages take: the sum of their sizes, kept as they come and go. */
    public long usedOctets() {
        return usedOctets;
    }

    /** Advances and returns the mailbox's mod-sequence for a change made now. */
    public long nextModseq() {
        return ++highestModseq;
    }

    /** Messages from this UID on have not been seen by any session yet: they are \Recent (RFC 3501). */
    public long firstRecentUid() {
        return firstRecentUid;
    }

    /** A new name for this mailbox (IMAP RENAME); its UIDs and UIDVALIDITY stay. */
    public void rename(String name) {
        this.name = name;
    }

    public void subscribe(boolean subscribed) {
        this.subscribed = subscribed;
    }
}
