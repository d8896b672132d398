package org.flutemail.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.flutemail.application.InboundQueue;
import org.junit.jupiter.api.Test;

class SpoolWriterWakeUpTest {

    /** Records the entries it is asked to send; fails every send when told to. */
    private static final class RecordingQueue implements InboundQueue {
        final List<List<String>> entries = new ArrayList<>();
        boolean broken;

        @Override
        public void enqueue(String queueId) {
            enqueueAll(List.of(queueId));
        }

        @Override
        public void enqueueAll(List<String> queueIds) {
            if (broken) {
                throw new IllegalStateException("broker gone");
            }
            entries.add(List.copyOf(queueIds));
        }
    }

    @Test
    void rowsOfOneCommitShareWakeUpsOfAtMostFourQueueIds() {
        RecordingQueue queue = new RecordingQueue();
        SpoolWriter writer = new SpoolWriter();
        writer.queue = queue;

        List<String> ids = List.of("A1", "A2", "A3", "A4", "A5", "A6");
        assertEquals(ids, writer.woken(ids));

        assertEquals(List.of(List.of("A1", "A2", "A3", "A4"), List.of("A5", "A6")), queue.entries);
    }

    @Test
    void aFailedWakeUpLeavesTheCommittedRowsToTheSweepInsteadOfFailingTheirCommit() {
        RecordingQueue queue = new RecordingQueue();
        queue.broken = true;
        SpoolWriter writer = new SpoolWriter();
        writer.queue = queue;

        assertEquals(List.of("B1", "B2"), writer.woken(List.of("B1", "B2")));
        assertEquals(List.of(), queue.entries);
    }
}
