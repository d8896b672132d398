package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NetworkListTest {

    @Test
    void matchesAddressesInsideTheBlocksOnly() {
        NetworkList list = NetworkList.parse("192.0.2.0/24, 10.1.2.3, 2001:db8::/32");
        assertThat(list.contains("192.0.2.77")).isTrue();
        assertThat(list.contains("192.0.3.1")).isFalse();
        assertThat(list.contains("10.1.2.3")).isTrue();
        assertThat(list.contains("10.1.2.4")).isFalse();
        assertThat(list.contains("2001:db8:1::5")).isTrue();
        assertThat(list.contains("2001:db9::5")).isFalse();
        assertThat(list.contains("[192.0.2.1]")).isTrue();
    }

    @Test
    void anEmptyListTrustsNobodyAndNamesAreNeverLookedUp() {
        assertThat(NetworkList.parse("").contains("127.0.0.1")).isFalse();
        assertThat(NetworkList.parse("127.0.0.0/8").contains("localhost")).isFalse();
        assertThatThrownBy(() -> NetworkList.parse("example.test/24")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetworkList.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slashZeroMatchesEveryAddressOfItsFamily() {
        NetworkList all4 = NetworkList.parse("0.0.0.0/0");
        assertThat(all4.contains("203.0.113.9")).isTrue();
        assertThat(all4.contains("::1")).isFalse();
    }
}
