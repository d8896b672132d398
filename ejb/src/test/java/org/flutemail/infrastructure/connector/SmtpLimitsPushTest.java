package org.flutemail.infrastructure.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.management.Attribute;
import org.flutemail.application.Setting;
import org.junit.jupiter.api.Test;

class SmtpLimitsPushTest {

    @Test
    void storedValuesBecomeTheAdaptersAttributes() {
        Map<Setting, String> values = Map.of(Setting.HOST_NAME, "mx.example.test",
                Setting.MAX_MESSAGE_BYTES, "2048", Setting.MAX_RECIPIENTS, "7", Setting.MAX_CONNECTIONS_PER_CLIENT, "3",
                Setting.MESSAGES_PER_ACCOUNT_PER_HOUR, "100", Setting.MESSAGES_PER_CLIENT_PER_HOUR, "20",
                Setting.RECIPIENTS_PER_ACCOUNT_PER_HOUR, "500");
        assertThat(SmtpLimitsPush.SmtpLimitsAttributes.of(s -> values.getOrDefault(s, "")).asList())
                .extracting(Attribute::getName, Attribute::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HostName", "mx.example.test"),
                        org.assertj.core.groups.Tuple.tuple("MaxMessageSize", 2048L),
                        org.assertj.core.groups.Tuple.tuple("MaxRecipients", 7),
                        org.assertj.core.groups.Tuple.tuple("MaxConnectionsPerClient", 3),
                        org.assertj.core.groups.Tuple.tuple("MessagesPerAccountPerHour", 100),
                        org.assertj.core.groups.Tuple.tuple("MessagesPerClientPerHour", 20),
                        org.assertj.core.groups.Tuple.tuple("RecipientsPerAccountPerHour", 500));
    }

    @Test
    void noValueOrOneTheAdapterCannotTakeLeavesItAsConfigured() {
        Map<Setting, String> values = Map.of(Setting.MAX_MESSAGE_BYTES, "lots", Setting.MAX_RECIPIENTS, "-3");
        assertThat(SmtpLimitsPush.SmtpLimitsAttributes.of(s -> values.getOrDefault(s, "")).asList())
                .extracting(Attribute::getValue).containsExactly("", 0L, 0, 0, 0, 0, 0);
    }
}
