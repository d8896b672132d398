package org.flutemail.connector.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The open-files limit is read without the com.sun.management classes a deployment cannot see. */
class OpenFilesLimitTest {

    @Test
    void theLimitOfThisProcessIsKnownOnLinux() {
        OptionalLong limit = OpenFilesLimit.current();
        assertThat(limit).isPresent();
        assertThat(limit.getAsLong()).isGreaterThan(OpenFilesLimit.RESERVED);
    }
}
