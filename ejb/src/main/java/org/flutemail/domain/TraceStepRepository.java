package org.flutemail.domain;

import java.util.List;

public interface TraceStepRepository {

    void add(TraceStep step);

    /** In the order they happened. */
    List<TraceStep> of(String queueId);
}
