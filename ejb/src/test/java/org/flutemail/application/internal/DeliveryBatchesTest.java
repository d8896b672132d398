package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.flutemail.application.InboundProcessingService;
import org.junit.jupiter.api.Test;

class DeliveryBatchesTest {

    /** Records what it was asked to do; fails the batch or the single run of the ids it is told to. */
    private static final class RecordingProcessing implements InboundProcessingService {
        final List<List<String>> batches = new ArrayList<>();
        final List<String> alone = new ArrayList<>();
        String failBatchWith;
        String failAlone;

        @Override
        public void process(String queueId) {
            alone.add(queueId);
            if (queueId.equals(failAlone)) {
                throw new IllegalStateException("no way to deliver " + queueId);
            }
        }

        @Override
        public void processAll(List<String> queueIds) {
            batches.add(List.copyOf(queueIds));
            if (queueIds.contains(failBatchWith)) {
                throw new IllegalStateException("the batch rolled back");
            }
        }
    }

    private static DeliveryBatches batchesOver(RecordingProcessing processing) {
        DeliveryBatches batches = new DeliveryBatches();
        batches.processing = processing;
        batches.start();
        return batches;
    }

    @Test
    void aMessageIsDeliveredInABatchAndNotAgainAlone() {
        RecordingProcessing processing = new RecordingProcessing();
        batchesOver(processing).process("Q1");
        assertThat(processing.batches).containsExactly(List.of("Q1"));
        assertThat(processing.alone).isEmpty();
    }

    @Test
    void aFailedBatchIsDeliveredAloneAfterwards() {
        RecordingProcessing processing = new RecordingProcessing();
        processing.failBatchWith = "Q2";
        batchesOver(processing).process("Q2");
        assertThat(processing.batches).containsExactly(List.of("Q2"));
        assertThat(processing.alone).containsExactly("Q2");
    }

    @Test
    void aMessageThatFailsAloneTooReachesTheConsumerSoTheBrokerRetriesIt() {
        RecordingProcessing processing = new RecordingProcessing();
        processing.failBatchWith = "Q3";
        processing.failAlone = "Q3";
        DeliveryBatches batches = batchesOver(processing);
        assertThatThrownBy(() -> batches.process("Q3")).hasMessage("no way to deliver Q3");
        batches.process("Q4");
        assertThat(processing.batches).as("a failure leaves the batches usable").containsExactly(List.of("Q3"), List.of("Q4"));
    }
}
