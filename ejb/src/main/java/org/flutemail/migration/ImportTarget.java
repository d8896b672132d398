package org.flutemail.migration;

import java.io.IOException;
import java.util.Set;

/** The account that imported mail goes into. */
public interface ImportTarget {

    /** The source keys already imported into the account, to skip them without downloading. */
    Set<String> importedKeys();

    /** Creates the folder, and its parents, unless it exists. */
    void ensureFolder(TargetFolder folder);

    /**
     * Stores the message durably in the folder with its source key, in one transaction; false when the
     * key was recorded meanwhile (nothing is stored twice).
     */
    boolean store(TargetFolder folder, SourceMessage message) throws IOException;
}
