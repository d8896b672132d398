package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.flutemail.application.MailboxRoom;
import org.flutemail.domain.MailboxRepository;

/**
 * The RCPT-time view of {@link Quotas}: the account's facts come from the kept cache and the octets
 * used from the mailboxes' kept totals, so an account without a quota costs no query at all.
 */
@ApplicationScoped
public class DefaultMailboxRoom implements MailboxRoom {

    @Inject
    LocalAccounts accounts;

    @Inject
    MailboxRepository mailboxes;

    @Override
    public Optional<String> noRoomFor(String address, long incoming) {
        return accounts.facts(address)
                .filter(facts -> facts.quotaBytes() != null)
                .flatMap(facts -> Quotas.exceeded(mailboxes, facts, Math.max(incoming, 1)));
    }
}
