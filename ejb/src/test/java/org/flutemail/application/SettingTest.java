package org.flutemail.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flutemail.domain.InvalidRequestException;
import org.junit.jupiter.api.Test;

class SettingTest {

    @Test
    void settingsAreFoundByTheirKeyInAnyCase() {
        assertThat(Setting.byKey("relayNetworks")).contains(Setting.RELAY_NETWORKS);
        assertThat(Setting.byKey(" SMARTHOST ")).contains(Setting.SMART_HOST);
        assertThat(Setting.byKey("colour")).isEmpty();
        assertThat(Setting.byKey(null)).isEmpty();
    }

    @Test
    void goodValuesPass() {
        Setting.RELAY_NETWORKS.validate("10.0.0.0/8, 192.168.1.0/24,2001:db8::/32");
        Setting.SMART_HOST.validate("relay.example.test:587");
        Setting.SMART_HOST.validate("[2001:db8::1]:25");
        Setting.SMART_HOST.validate("relay.example.test");
    }

    @Test
    void badValuesAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> Setting.RELAY_NETWORKS.validate("300.1.1.1/8"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("relayNetworks: ");
        assertThatThrownBy(() -> Setting.RELAY_NETWORKS.validate("10.0.0.0/33"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("prefix");
        assertThatThrownBy(() -> Setting.SMART_HOST.validate("relay.example.test:99999"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("smartHost: ");
        assertThatThrownBy(() -> Setting.SMART_HOST.validate("relay.example.test:smtp"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("smartHost: ");
    }

    @Test
    void theSmtpAndLogSettingsTakeANameOrAWholeNumberInTheirRange() {
        Setting.HOST_NAME.validate("mx.example.test");
        Setting.MAX_MESSAGE_BYTES.validate("10485760");
        Setting.MAX_RECIPIENTS.validate("1");
        Setting.MAIL_LOG_DAYS.validate(" 30 ");
        Setting.MAX_CONNECTIONS_PER_CLIENT.validate("5");
        assertThatThrownBy(() -> Setting.MAX_CONNECTIONS_PER_CLIENT.validate("0"))
                .isInstanceOf(InvalidRequestException.class).hasMessage("maxConnectionsPerClient: 0 is not between 1 and 10000");
        assertThatThrownBy(() -> Setting.HOST_NAME.validate("mx example"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("hostName: ");
        assertThatThrownBy(() -> Setting.MAX_MESSAGE_BYTES.validate("big"))
                .isInstanceOf(InvalidRequestException.class).hasMessage("maxMessageBytes: 'big' is not a whole number");
        assertThatThrownBy(() -> Setting.MAX_MESSAGE_BYTES.validate("3000000000"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("between 1024 and 2147483647");
        assertThatThrownBy(() -> Setting.MAX_RECIPIENTS.validate("0"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("maxRecipients: ");
        assertThatThrownBy(() -> Setting.MAIL_LOG_DAYS.validate("-1"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("mailLogDays: ");
    }

    @Test
    void hourlyLimitsTakeZeroForOffUpToASaneMaximum() {
        Setting.MESSAGES_PER_ACCOUNT_PER_HOUR.validate("0");
        Setting.MESSAGES_PER_CLIENT_PER_HOUR.validate("1000000");
        Setting.RECIPIENTS_PER_ACCOUNT_PER_HOUR.validate("10000000");
        assertThatThrownBy(() -> Setting.MESSAGES_PER_ACCOUNT_PER_HOUR.validate("-1"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("messagesPerAccountPerHour: -1 is not between 0 and 1000000");
        assertThatThrownBy(() -> Setting.MESSAGES_PER_CLIENT_PER_HOUR.validate("1000001"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("messagesPerClientPerHour: ");
        assertThatThrownBy(() -> Setting.RECIPIENTS_PER_ACCOUNT_PER_HOUR.validate("many"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("recipientsPerAccountPerHour: 'many' is not a whole number");
    }

    @Test
    void aHostNameIsStoredInLowerCaseAndNumbersWithoutSpaces() {
        assertThat(Setting.HOST_NAME.canonical(" MX.Example.TEST ")).isEqualTo("mx.example.test");
        assertThat(Setting.MAX_RECIPIENTS.canonical(" 50 ")).isEqualTo("50");
    }

    @Test
    void theMailLogIsKeptNinetyDaysWhenNothingSaysOtherwise() {
        assertThat(Setting.MAIL_LOG_DAYS.builtIn()).isEqualTo("90");
        assertThat(Setting.HOST_NAME.builtIn()).isEmpty();
    }
}
