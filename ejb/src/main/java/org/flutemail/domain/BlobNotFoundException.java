package org.flutemail.domain;

import java.io.IOException;

/** A blob key that the store does not hold. */
public class BlobNotFoundException extends IOException {

    private static final long serialVersionUID = 1L;

    public BlobNotFoundException(BlobKey key) {
        super("no blob " + key);
    }
}
