package org.flutemail.application;

import java.util.Set;
import org.flutemail.pipeline.RecipientStatus;

/** Answers what an address is to this server, for SMTP RCPT and for the pipeline. */
public interface RecipientDirectory {

    /**
     * The form under which an address is looked up and stored: lower case, and the bare
     * {@code postmaster} that RFC 5321 requires every server to accept mapped to the first domain's.
     */
    String canonical(String address);

    RecipientStatus statusOf(String address);

    Set<String> aliasTargets(String address);
}
