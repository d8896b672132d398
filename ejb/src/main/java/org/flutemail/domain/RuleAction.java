package org.flutemail.domain;

/** What a rule does with a message it matches. */
public enum RuleAction {
    /** Deliver into the folder named by the rule's argument (made if missing) instead of INBOX. */
    MOVE,
    MARK_READ,
    FLAG,
    /** Send a copy to the address in the rule's argument (only with the FORWARDING access). */
    FORWARD,
    /**
     * Deliver into Trash, as the webmail's delete does: a rule written too broadly costs nothing that
     * cannot be undone. The allow list wins over it.
     */
    DELETE
}
