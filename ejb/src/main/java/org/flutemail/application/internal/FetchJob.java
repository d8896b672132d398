package org.flutemail.application.internal;

import java.util.Optional;
import java.util.Set;
import org.flutemail.fetch.FetchException;
import org.flutemail.fetch.RemoteEndpoint;

/**
 * One claimed collection: where to collect from, where the mail goes, and what was taken in before.
 *
 * @param unusable set when the collection cannot even start (the stored password cannot be read)
 */
record FetchJob(long fetchAccountId, String owner, RemoteEndpoint endpoint, String targetFolder,
        boolean leaveCopy, Set<String> fetched, Optional<FetchException> unusable) {
}
