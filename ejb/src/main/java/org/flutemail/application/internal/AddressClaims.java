package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flutemail.domain.AccountRepository;
import org.flutemail.domain.AliasRepository;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.MailingListRepository;

/**
 * An address is an account, an alias or a mailing list, never two: the recipient directory could not
 * tell which one mail for it is meant for. Every service that creates one of them asks here first.
 */
@ApplicationScoped
class AddressClaims {

    @Inject
    AccountRepository accounts;

    @Inject
    AliasRepository aliases;

    @Inject
    MailingListRepository lists;

    /** A conflict naming what {@code canonical} already is, if it is anything. */
    void requireUnclaimed(String canonical) {
        String kind = accounts.byAddress(canonical).isPresent() ? "account"
                : aliases.byAddress(canonical).isPresent() ? "alias"
                : lists.byAddress(canonical).isPresent() ? "mailing list" : null;
        if (kind != null) {
            throw new ConflictException(kind + " " + canonical + " exists already");
        }
    }
}
