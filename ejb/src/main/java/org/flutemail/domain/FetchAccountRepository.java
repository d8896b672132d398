package org.flutemail.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Fetch accounts and the outside messages each has taken in. */
public interface FetchAccountRepository {

    /** The account's fetch accounts, oldest first. */
    List<FetchAccount> ofAccount(Account account);

    Optional<FetchAccount> byId(long id);

    /** The fetch account {@code id} if {@code account} owns it. */
    Optional<FetchAccount> byId(Account account, long id);

    /**
     * Write-locks and returns every fetch account of the Flute account that owns {@code id} (in id
     * order, so two callers cannot deadlock), none if there is no such fetch account: the way to claim
     * a collection, one per owner at a time.
     */
    List<FetchAccount> lockAllOfOwner(long id);

    /** The ids of enabled fetch accounts due at {@code now}, earliest first. */
    List<Long> due(Instant now, int limit);

    /** Clears every running mark; returns how many there were. */
    int releaseAllClaims();

    void add(FetchAccount fetchAccount);

    void remove(FetchAccount fetchAccount);

    boolean wasFetched(long fetchAccountId, String remoteId);

    Set<String> fetchedIds(long fetchAccountId);

    void recordFetched(FetchedMessage message);

    /** Forgets every message taken in before: the account now points at another mailbox. */
    void forgetAllFetched(long fetchAccountId);

    /** Forgets these remote ids: the outside server no longer has those messages. */
    void forgetFetched(long fetchAccountId, Collection<String> remoteIds);
}
