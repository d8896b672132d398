package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a {@link RecipientDsn} is stored beside a spooled or outbound recipient. */
@Embeddable
public class RecipientDsnColumns {

    @Column(name = "notify_on", nullable = false)
    private String notifyOn;

    @Column(name = "original", nullable = false)
    private String original;

    protected RecipientDsnColumns() {
    }

    public RecipientDsnColumns(RecipientDsn dsn) {
        this.notifyOn = dsn.notifyText();
        this.original = dsn.original();
    }

    public RecipientDsn toDsn() {
        return RecipientDsn.of(notifyOn, original);
    }
}
