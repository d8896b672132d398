package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface HeldPostRepository {

    /** The posts held for a list, oldest first. */
    List<HeldPost> heldFor(MailingList list);

    Optional<HeldPost> byId(long id);

    void add(HeldPost post);

    void remove(HeldPost post);
}
