package org.flutemail.migration;

/** Connects to an old server; the connection is the returned source's until it is closed. */
public interface RemoteSources {

    MailSource connect(RemoteAccount account) throws SourceUnavailableException;
}
