package org.flutemail.protocol.imap.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModifiedUtf7Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INBOX|INBOX",
        "收件箱|&ZTZO9nux-",
        "已发送|&XfJT0ZAB-",
        "Entwürfe|Entw&APw-rfe",
        "Tom & Jerry|Tom &- Jerry",
        "~peter/mail/台北/日本語|~peter/mail/&U,BTFw-/&ZeVnLIqe-",
        "Mails 📧|Mails &2D3c5w-",
        "&|&-"
    })
    void encodesAndDecodesBothWays(String name, String wire) throws MalformedNameException {
        assertThat(ModifiedUtf7.encode(name)).isEqualTo(wire);
        assertThat(ModifiedUtf7.decode(wire)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "&ZTZO9nux",      // & never closed
        "a&",             // & at the end
        "&ZTZ*-",         // not a base64 character
        "&AGE-",          // "a" encoded although it can stand for itself
        "&ZTY-&TvY-",     // two encoded runs side by side
        "&ZQ-",           // one octet: not UTF-16
        "&ZTZ-",          // padding bits not zero
        "&2D0-",          // high surrogate alone
        "&3OU-",          // low surrogate alone
        "&A-",            // truncated base64
        "收件箱",           // raw UTF-8 without UTF8=ACCEPT
        "tab\there"
    })
    void refusesWhatIsNotCanonicalModifiedUtf7(String wire) {
        assertThatThrownBy(() -> ModifiedUtf7.decode(wire)).isInstanceOf(MalformedNameException.class);
    }

    @Test
    void ampersandAfterEncodedRunIsItsOwnSequence() throws MalformedNameException {
        assertThat(ModifiedUtf7.decode("&ZTZO9nux-&-")).isEqualTo("收件箱&");
        assertThat(ModifiedUtf7.encode("收件箱&")).isEqualTo("&ZTZO9nux-&-");
    }

    @Test
    void utf8AcceptPassesNamesThrough() throws MalformedNameException {
        assertThat(MailboxNames.fromWire("已发送", true)).isEqualTo("已发送");
        assertThat(MailboxNames.fromWire("A&B", true)).isEqualTo("A&B");
        assertThat(MailboxNames.toWire("已发送", true)).isEqualTo("已发送");
        assertThat(MailboxNames.toWire("已发送", false)).isEqualTo("&XfJT0ZAB-");
        assertThatThrownBy(() -> MailboxNames.fromWire("已发送", false)).isInstanceOf(MalformedNameException.class);
    }

    @Test
    void inboxIsCaseInsensitive() throws MalformedNameException {
        assertThat(MailboxNames.fromWire("inBox", false)).isEqualTo("INBOX");
        assertThat(MailboxNames.fromWire("inbox", true)).isEqualTo("INBOX");
        assertThat(MailboxNames.fromWire("inbox/sub", false)).isEqualTo("inbox/sub");
    }
}
