package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListUnsubscribeTokenTest {

    @Test
    void aSignedTokenNamesItsListAndMemberAndVerifiesWithTheListsSecret() {
        String token = ListUnsubscribeToken.sign("team@example.test", "bob@remote.test", "s1");
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        ListUnsubscribeToken.Claim claim = ListUnsubscribeToken.read(token).orElseThrow();
        assertThat(claim.list()).isEqualTo("team@example.test");
        assertThat(claim.member()).isEqualTo("bob@remote.test");
        assertThat(ListUnsubscribeToken.verify(claim, "s1")).isTrue();
        assertThat(ListUnsubscribeToken.verify(claim, "s2")).as("another list's secret").isFalse();
    }

    @Test
    void aTokenForAnotherMemberCannotBeMadeFromOneThatIsKnown() {
        String token = ListUnsubscribeToken.sign("team@example.test", "bob@remote.test", "s1");
        String signature = token.substring(token.indexOf('.'));
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("team@example.test\nalice@example.test".getBytes());
        ListUnsubscribeToken.Claim forged = ListUnsubscribeToken.read(forgedPayload + signature).orElseThrow();
        assertThat(ListUnsubscribeToken.verify(forged, "s1")).isFalse();
    }

    @Test
    void garbageIsNoToken() {
        assertThat(ListUnsubscribeToken.read(null)).isEmpty();
        assertThat(ListUnsubscribeToken.read("no-dot")).isEmpty();
        assertThat(ListUnsubscribeToken.read("!!!.???")).isEmpty();
        assertThat(ListUnsubscribeToken.read("dGVhbQ.AAAA")).as("payload without a member").isEmpty();
        assertThat(ListUnsubscribeToken.read("x".repeat(3000) + ".a")).isEmpty();
    }
}
