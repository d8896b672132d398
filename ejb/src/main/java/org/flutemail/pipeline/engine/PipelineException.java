package org.flutemail.pipeline.engine;

/** The pipeline itself is broken (a loop, a missing processor): no mail can get through as configured. */
public class PipelineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PipelineException(String message) {
        super(message);
    }
}
