package org.flutemail.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.flutemail.application.InboundProcessingService;
import org.junit.jupiter.api.Test;

class InboundMailConsumerTest {

    private final List<String> processed = new ArrayList<>();

    private InboundMailConsumer consumer(String failing, RuntimeException failure) {
        InboundMailConsumer consumer = new InboundMailConsumer();
        consumer.processing = queueId -> {
            processed.add(queueId);
            if (queueId.equals(failing)) {
                throw failure;
            }
        };
        return consumer;
    }

    /** A text message with the given body; nothing else is asked of it. */
    private static TextMessage entry(String text) {
        return (TextMessage) Proxy.newProxyInstance(TextMessage.class.getClassLoader(),
                new Class<?>[] {TextMessage.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getText")) {
                        return text;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void anEntryWithOneQueueIdProcessesThatMessage() {
        consumer(null, null).onMessage(entry("Q1"));

        assertEquals(List.of("Q1"), processed);
    }

    @Test
    void anEntryForRowsThatCommittedTogetherProcessesEachInOrder() {
        consumer(null, null).onMessage(entry(String.join(JmsInboundQueue.SEPARATOR, "Q1", "Q2", "Q3")));

        assertEquals(List.of("Q1", "Q2", "Q3"), processed);
    }

    @Test
    void oneFailedMessageDoesNotStopTheOthersAndSendsTheEntryBack() {
        IllegalStateException failure = new IllegalStateException("database gone");
        InboundMailConsumer consumer = consumer("Q2", failure);

        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> consumer.onMessage(entry(String.join(JmsInboundQueue.SEPARATOR, "Q1", "Q2", "Q3"))));

        assertSame(failure, thrown);
        assertEquals(List.of("Q1", "Q2", "Q3"), processed);
    }

    @Test
    void anEmptyEntryIsDroppedWithoutProcessing() {
        consumer(null, null).onMessage(entry(""));

        assertEquals(List.of(), processed);
    }
}
