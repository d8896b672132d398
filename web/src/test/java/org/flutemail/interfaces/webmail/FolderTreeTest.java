package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flutemail.application.Views.MailboxView;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

class FolderTreeTest {

    private static MailboxView folder(String name, String specialUse, long unseen) {
        return new MailboxView(name, specialUse, 10, unseen, 0, 1, 1);
    }

    @Test
    void systemFoldersComeFirstInTheirOrderThenUserFoldersNested() {
        List<MailboxView> folders = List.of(
                folder("Work/2026", null, 2),
                folder("Junk", "\\Junk", 0),
                folder("Archive", null, 0),
                folder("Sent", "\\Sent", 0),
                folder("INBOX", null, 5),
                folder("Trash", "\\Trash", 0),
                folder("Drafts", "\\Drafts", 1),
                folder("Work", null, 0),
                folder("Projects/Flute/Design", null, 3));

        TreeNode<FolderNode> root = FolderTree.build(folders, key -> "label:" + key);

        assertThat(root.getChildren()).extracting(n -> n.getData().label()).containsExactly("label:inbox",
                "label:drafts", "label:sent", "label:trash", "label:junk", "Archive", "Projects", "Work");
        assertThat(root.getChildren().get(0).getData().unseen()).isEqualTo(5);
        TreeNode<FolderNode> work = root.getChildren().get(7);
        assertThat(work.getData().selectable()).isTrue();
        assertThat(work.getChildren()).extracting(n -> n.getData().name()).containsExactly("Work/2026");
        assertThat(work.getChildren().get(0).getData().label()).isEqualTo("2026");
        TreeNode<FolderNode> projects = root.getChildren().get(6);
        assertThat(projects.getData().selectable()).as("only a level above a folder").isFalse();
        TreeNode<FolderNode> design = projects.getChildren().get(0).getChildren().get(0);
        assertThat(design.getData().name()).isEqualTo("Projects/Flute/Design");
        assertThat(design.getData().unseen()).isEqualTo(3);
    }

    @Test
    void aParentListedAfterItsChildBecomesSelectable() {
        TreeNode<FolderNode> root = FolderTree.build(
                List.of(folder("A/B", null, 0), folder("A", null, 4)), key -> key);

        assertThat(root.getChildren()).hasSize(1);
        assertThat(root.getChildren().get(0).getData()).isEqualTo(new FolderNode("A", "A", 4, true));
        assertThat(root.getChildren().get(0).getChildren()).hasSize(1);
    }
}
