package org.flutemail.domain;

import java.time.Instant;
import java.util.Optional;

/** The POP3 maildrop locks; see {@link MaildropLock}. */
public interface MaildropLockRepository {

    /** The lock row of the account, whoever holds it, expired or not. */
    Optional<MaildropLock> of(Account account);

    void add(MaildropLock lock);

    /** Moves the expiry of the lock that {@code holder} holds; false when it holds none (any more). */
    boolean renew(String holder, Instant expiresAt);

    /** Removes the lock that {@code holder} holds, if it still holds one. */
    void release(String holder);
}
