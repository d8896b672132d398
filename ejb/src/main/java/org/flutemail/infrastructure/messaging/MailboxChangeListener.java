package org.flutemail.infrastructure.messaging;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostUpdate;

import org.flutemail.domain.Mailbox;

/**
 * Notices every committed change to a mailbox's messages: each one advances the mailbox row's
 * mod-sequence or next UID, so an update of that row is the one place they all pass (delivery,
 * IMAP, POP3, webmail, import). Registered in {@code META-INF/orm.xml}, so the domain stays unaware.
 */
public class MailboxChangeListener {

    @PostUpdate
    void updated(Mailbox mailbox) {
        CDI.current().select(MailboxChangeNews.class).get().changed(mailbox.id());
    }
}
