package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.flutemail.application.DeadLetters;
import org.flutemail.application.QueueDepths;
import org.flutemail.domain.OutboundRepository;
import org.flutemail.domain.SpoolRepository;
import org.flutemail.domain.SpoolState;

@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultQueueDepths implements QueueDepths {

    @Inject
    SpoolRepository spool;

    @Inject
    OutboundRepository outbound;

    @Inject
    DeadLetters deadLetters;

    @Override
    public Depths current() {
        return new Depths(spool.countByState(SpoolState.ACCEPTED), spool.countByState(SpoolState.FAILED),
                outbound.countQueued(false), outbound.countQueued(true), outbound.countFailed());
    }

    @Override
    public long deadLettered() {
        return deadLetters.count();
    }
}
