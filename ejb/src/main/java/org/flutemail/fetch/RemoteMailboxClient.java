package org.flutemail.fetch;

/** Opens sessions with outside mailboxes; each call is a new connection with timeouts on every read. */
public interface RemoteMailboxClient {

    RemoteMailbox open(RemoteEndpoint endpoint) throws FetchException;
}
