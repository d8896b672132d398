package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface TrustedImageSenderRepository {

    /** The account's trusted senders, by address. */
    List<TrustedImageSender> ofAccount(Account account);

    Optional<TrustedImageSender> find(Account account, EmailAddress address);

    void add(TrustedImageSender sender);

    void remove(TrustedImageSender sender);
}
