package org.flutemail.pipeline;

/** The processors every pipeline has. */
public final class ProcessorNames {

    /** Where every mail starts. */
    public static final String ROOT = "root";
    /** Stores mail for local recipients in their mailboxes. */
    public static final String LOCAL_DELIVERY = "local-delivery";
    /** Sends mail for other domains' recipients on to their servers. */
    public static final String RELAY = "relay";
    /** Where mail goes that could not be handled; it records why. */
    public static final String ERROR = "error";
    /** Not a processor: the state of a mail whose processing has ended. */
    public static final String GHOST = "ghost";

    private ProcessorNames() {
    }
}
