package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface MailingListRepository {

    Optional<MailingList> byAddress(String address);

    /** All lists, or those of one domain when {@code domain} is not null, ordered by address. */
    List<MailingList> list(MailDomain domain);

    /** The lists that name {@code address} among their moderators, ordered by address. */
    List<MailingList> moderatedBy(String address);

    void add(MailingList list);

    void remove(MailingList list);
}
