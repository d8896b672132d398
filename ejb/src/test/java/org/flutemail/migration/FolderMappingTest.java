package org.flutemail.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FolderMappingTest {

    @Test
    void inboxInAnySpellingIsInbox() {
        assertThat(map(null, "inbox")).isEqualTo(new TargetFolder("INBOX", null));
        assertThat(map(null, "Inbox", "Lists")).isEqualTo(new TargetFolder("INBOX/Lists", null));
    }

    @Test
    void theUsualNamesOfSpecialFoldersGoToFlutesOwn() {
        assertThat(map(null, "Sent Items")).isEqualTo(new TargetFolder("Sent", "\\Sent"));
        assertThat(map(null, "已发送")).isEqualTo(new TargetFolder("Sent", "\\Sent"));
        assertThat(map(null, "草稿箱")).isEqualTo(new TargetFolder("Drafts", "\\Drafts"));
        assertThat(map(null, "Deleted Items")).isEqualTo(new TargetFolder("Trash", "\\Trash"));
        assertThat(map(null, "已删除")).isEqualTo(new TargetFolder("Trash", "\\Trash"));
        assertThat(map(null, "Spam")).isEqualTo(new TargetFolder("Junk", "\\Junk"));
        assertThat(map(null, "垃圾邮件")).isEqualTo(new TargetFolder("Junk", "\\Junk"));
        assertThat(map(null, "INBOX", "Sent")).isEqualTo(new TargetFolder("Sent", "\\Sent"));
    }

    @Test
    void aDeclaredSpecialUseWinsOverTheName() {
        assertThat(map("\\Sent", "Gesendete Objekte")).isEqualTo(new TargetFolder("Sent", "\\Sent"));
        assertThat(map("\\Junk", "广告")).isEqualTo(new TargetFolder("Junk", "\\Junk"));
    }

    @Test
    void otherFoldersKeepNameAndHierarchyWithFlutesSeparator() {
        assertThat(map(null, "Projects", "Flute", "2019")).isEqualTo(new TargetFolder("Projects/Flute/2019", null));
        assertThat(map(null, "Sent Items", "2019")).isEqualTo(new TargetFolder("Sent/2019", null));
        assertThat(map(null, "a/b", "", "c")).isEqualTo(new TargetFolder("a_b/c", null));
        assertThat(new TargetFolder("Projects/Flute/2019", null).ancestors()).containsExactly("Projects", "Projects/Flute");
    }

    private static TargetFolder map(String specialUse, String... path) {
        return FolderMapping.map(new SourceFolder(String.join(".", path), List.of(path), specialUse));
    }
}
