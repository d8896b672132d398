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

    /**
     * Looked up once: {@code CDI.current()} walks the caller's stack on every call, which showed in
     * profiles of the IMAP mix (every STORE and APPEND updates a mailbox row). The application-scoped
     * bean's proxy stays valid for the deployment's life, and this class goes with the deployment.
     */
    private static volatile MailboxChangeNews news;

    @PostUpdate
    void updated(Mailbox mailbox) {
        MailboxChangeNews publisher = news;
        if (publisher == null) {
            publisher = CDI.current().select(MailboxChangeNews.class).get();
            news = publisher;
        }
        publisher.changed(mailbox.id());
    }
}
