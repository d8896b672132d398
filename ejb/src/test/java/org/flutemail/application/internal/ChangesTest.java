package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangesTest {

    record Snapshot(String name, String state, Long quotaBytes, String password, boolean mustChangePassword) {
    }

    @Test
    void onlyTheComponentsThatDifferAreListedBeforeAndAfter() {
        Snapshot before = new Snapshot("a", "ACTIVE", null, "old", false);
        Snapshot after = new Snapshot("a", "SUSPENDED", 1024L, "new", true);

        assertThat(Changes.between(before, after))
                .isEqualTo("state: ACTIVE -> SUSPENDED; quotaBytes: null -> 1024; mustChangePassword: false -> true");
    }

    @Test
    void aPasswordIsNeverWrittenNotEvenInADescription() {
        assertThat(Changes.describe(new Snapshot("a", "ACTIVE", null, "secret", false)))
                .isEqualTo("name: a; state: ACTIVE; quotaBytes: null; mustChangePassword: false");
    }

    @Test
    void equalSnapshotsSayNoChange() {
        Snapshot same = new Snapshot("a", "ACTIVE", null, null, false);

        assertThat(Changes.between(same, same)).isEqualTo("no change");
    }
}
