package org.flutemail.application;

/** Whether start-up work (schema, first-start data, spool recovery) has finished. */
public interface Readiness {

    boolean isReady();
}
