package org.flutemail.application.internal;

import org.flutemail.domain.Account;

/**
 * What delivery and the quota check need to know of an account: its id, whether it takes mail now and
 * its quota (its own or its class of service's). Numbers and flags only, so they can be kept between
 * transactions ({@link RecipientStatusCache}); anything more is read from the account itself.
 */
record AccountFacts(long id, String address, boolean canReceive, Long quotaBytes) {

    static AccountFacts of(Account account) {
        return new AccountFacts(account.id(), account.address(), account.canReceive(), account.effectiveQuotaBytes());
    }
}
