package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flutemail.application.MailboxRoom;
import org.flutemail.domain.MailboxRepository;

/**
 * The RCPT-time view of {@link Quotas}, kept cheap for the common case of plenty of room: each
 * account's free octets as last seen (by an earlier RCPT, or by delivery's own quota check, which
 * reads them anyway) are kept, and the mailboxes' totals are read again only when that figure says
 * the mail may not fit. A figure that is too high (room taken by IMAP APPEND since) lets a message
 * through to delivery, whose check then refuses it, reports it to the sender and corrects the figure;
 * one that is too low (mail deleted since) is corrected by that second read. A figure counts only
 * against the quota it was taken under, so a changed quota is read afresh. An account without a quota
 * costs no query at all.
 */
@ApplicationScoped
public class DefaultMailboxRoom implements MailboxRoom {

    /** Beyond this many accounts the figures are forgotten and read again as needed. */
    private static final int MAX_KEPT = 50_000;

    private record Seen(long quota, long free) {
    }

    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();

    @Inject
    LocalAccounts accounts;

    @Inject
    MailboxRepository mailboxes;

    @Override
    public Optional<String> noRoomFor(String address, long incoming) {
        Optional<AccountFacts> found = accounts.facts(address).filter(facts -> facts.quotaBytes() != null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccountFacts facts = found.get();
        long needed = Math.max(incoming, 1);
        Seen last = seen.get(facts.id());
        if (last != null && last.quota() == facts.quotaBytes() && needed <= last.free()) {
            return Optional.empty();
        }
        return checked(facts, needed, 0);
    }

    /**
     * Delivery's own quota check, from the mailboxes' totals: why {@code incoming} octets do not fit, or
     * empty when they do (and will be stored). What is left afterwards becomes the figure RCPT trusts,
     * so a mailbox that fills up is refused there next.
     */
    Optional<String> refusesDelivery(AccountFacts facts, long incoming) {
        return checked(facts, incoming, incoming);
    }

    private Optional<String> checked(AccountFacts facts, long incoming, long storedIfItFits) {
        Optional<Quotas.Room> room = Quotas.room(mailboxes, facts);
        if (room.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> refused = room.get().refuses(incoming);
        remember(facts.id(), room.get().quota(), room.get().free() - (refused.isPresent() ? 0 : storedIfItFits));
        return refused;
    }

    private void remember(long accountId, long quota, long free) {
        if (seen.size() >= MAX_KEPT) {
            seen.clear();
        }
        seen.put(accountId, new Seen(quota, free));
    }
}
