package org.flutemail.domain;

import java.util.Optional;

public interface AutoReplySentRepository {

    /** The record for this sender (lower case), locked for update so that two deliveries answer once. */
    Optional<AutoReplySent> lock(long accountId, String sender);

    void add(AutoReplySent sent);
}
