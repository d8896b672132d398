package org.flutemail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FolderPlacementTest {

    @Test
    void aFolderKeepsItsNameUnderItsNewParent() {
        assertThat(FolderPlacement.moved("项目", "客户/2026")).isEqualTo("客户/2026/项目");
        assertThat(FolderPlacement.moved("Work/Reports", "Archive")).isEqualTo("Archive/Reports");
        assertThat(FolderPlacement.moved("Work/Reports/Q3", "INBOX")).isEqualTo("INBOX/Q3");
    }

    @Test
    void noParentIsTheTopLevel() {
        assertThat(FolderPlacement.moved("Work/Reports", null)).isEqualTo("Reports");
        assertThat(FolderPlacement.moved("Work/Reports", " ")).isEqualTo("Reports");
    }

    @Test
    void aFolderCannotGoUnderItselfOrItsSubfolders() {
        assertThatThrownBy(() -> FolderPlacement.moved("Work", "Work")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> FolderPlacement.moved("Work", "Work/Old")).isInstanceOf(InvalidRequestException.class);
        assertThat(FolderPlacement.moved("Work", "Workshop")).as("a name that merely starts alike")
                .isEqualTo("Workshop/Work");
        assertThat(FolderPlacement.canReceive("Work", "Work/Old")).isFalse();
        assertThat(FolderPlacement.canReceive("Work", "Workshop")).isTrue();
    }
}
