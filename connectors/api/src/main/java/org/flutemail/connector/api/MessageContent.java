package org.flutemail.connector.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a received message. Small messages may live in memory and large ones in a temporary
 * file of the adapter's; the reader does not need to know which. The content stays readable until the
 * listener call that received it has returned.
 */
public interface MessageContent {

    /** Exact length in octets. */
    long size();

    /** A fresh stream over the whole content, from the first byte. */
    InputStream openStream() throws IOException;
}
