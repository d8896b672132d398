package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AutoReplyMessageTest {

    @Test
    void carriesAutoSubmittedAndTheThreadHeaders() throws IOException {
        String text = new String(AutoReplyMessage.write(new AutoReplyMessage.Reply("alice@example.test", "Alice",
                "bob@remote.test", "外出", "我在休假。", "<m2@remote.test>", "<m1@remote.test>",
                Instant.parse("2026-11-30T10:00:00Z"))), StandardCharsets.US_ASCII);
        assertThat(text).contains("Auto-Submitted: auto-replied\r\n", "In-Reply-To: <m2@remote.test>\r\n",
                "References: <m1@remote.test> <m2@remote.test>\r\n", "To: bob@remote.test\r\n",
                "Message-ID: <auto-reply.");
        assertThat(text).containsPattern("Subject: =\\?UTF-8\\?");
    }
}
