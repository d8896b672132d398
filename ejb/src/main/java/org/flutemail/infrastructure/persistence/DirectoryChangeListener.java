package org.flutemail.infrastructure.persistence;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.flutemail.application.internal.RecipientStatusCache;

/**
 * Tells the recipient cache that a domain, account, class of service, alias, list or personal settings
 * were added, changed or removed. Registered for those entities in {@code META-INF/orm.xml}, so the
 * domain stays unaware; every change to them goes through the entity manager (no bulk or native
 * updates of their tables).
 */
public class DirectoryChangeListener {

    /** Looked up once, as in {@code MailboxChangeListener}: the bean's proxy lives as long as this class. */
    private static volatile RecipientStatusCache cache;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        RecipientStatusCache c = cache;
        if (c == null) {
            c = CDI.current().select(RecipientStatusCache.class).get();
            cache = c;
        }
        c.changed();
    }
}
