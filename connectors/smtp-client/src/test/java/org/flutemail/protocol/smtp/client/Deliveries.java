package org.flutemail.protocol.smtp.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Small makers for requests and clients, so the tests read as scenarios. */
final class Deliveries {

    static final String MESSAGE = "From: alice@flute.test\r\nTo: bob@example.test\r\nSubject: hi\r\n\r\nHello.\r\n";

    private Deliveries() {
    }

    static DeliveryRequest request(String... recipients) {
        return requestWithContent(MESSAGE, recipients);
    }

    static DeliveryRequest requestWithContent(String message, String... recipients) {
        List<Recipient> list = Arrays.stream(recipients).map(Recipient::of).toList();
        return DeliveryRequest.of(ReversePath.of("alice@flute.test"), list,
                MessageContent.ofBytes(message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Settings for tests: fast timeouts so that a silent server fails in a moment. */
    static SmtpClientSettings.Builder settings() {
        return SmtpClientSettings.builder("mx.flute.test").timeouts(Timeouts.all(Duration.ofSeconds(3)));
    }

    static SmtpDeliveryClient client(SmtpClientSettings settings) {
        return new SmtpDeliveryClient(destination -> {
            throw new AssertionError("these tests name their hosts");
        }, settings);
    }

    static SmtpDeliveryClient client() {
        return client(settings().build());
    }
}
