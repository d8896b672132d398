package org.flutemail.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface SignupRequestRepository {

    Optional<SignupRequest> byId(long id);

    /** A domain's requests, newest first; only those in {@code state} unless it is null. */
    List<SignupRequest> of(MailDomain domain, SignupState state);

    long pendingCount(MailDomain domain);

    boolean pendingFor(String address);

    void add(SignupRequest request);

    /** Removes the requests decided before {@code cutoff}; returns how many. */
    int removeDecidedBefore(Instant cutoff);
}
