package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface MessageRepository {

    void add(StoredMessage message);

    boolean deliveryRecorded(String deliveryKey);

    /** The mailbox's messages in UID order. */
    List<StoredMessage> inMailbox(Mailbox mailbox);

    Optional<StoredMessage> byUid(Mailbox mailbox, long uid);
}
