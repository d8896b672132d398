package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.flutemail.application.ReadingViews.SearchCriteria;
import org.junit.jupiter.api.Test;

class SearchFormTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void daysAreWholeDaysInTheUsersZone() {
        SearchForm form = new SearchForm();
        form.setSince(LocalDate.of(2024, 3, 1));
        form.setUntil(LocalDate.of(2024, 3, 31));
        SearchCriteria criteria = form.criteria("INBOX", SHANGHAI);
        assertThat(criteria.since()).isEqualTo(Instant.parse("2024-02-29T16:00:00Z"));
        assertThat(criteria.before()).as("all of the last day").isEqualTo(Instant.parse("2024-03-31T16:00:00Z"));
        assertThat(criteria.mailbox()).isEqualTo("INBOX");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        SearchForm form = new SearchForm();
        form.setSince(LocalDate.of(2024, 3, 2));
        form.setUntil(LocalDate.of(2024, 3, 1));
        assertThat(form.criteria("INBOX", SHANGHAI)).isNull();
    }

    @Test
    void allFoldersAndTheQuickFilterGoIntoTheCriteria() {
        SearchForm form = new SearchForm();
        form.setAllFolders(true);
        form.setQuick(SearchForm.Quick.ATTACHMENT);
        SearchCriteria criteria = form.criteria("INBOX", SHANGHAI);
        assertThat(criteria.mailbox()).as("all folders").isNull();
        assertThat(criteria.attachment()).isTrue();
        assertThat(criteria.unread()).isFalse();

        form.setQuick(SearchForm.Quick.UNREAD);
        assertThat(form.criteria("INBOX", SHANGHAI).unread()).isTrue();
        form.setQuick(null);
        assertThat(form.getQuick()).isEqualTo(SearchForm.Quick.ALL);
    }

    @Test
    void anEmptyFormAsksNothing() {
        SearchForm form = new SearchForm();
        form.setBody("  ");
        assertThat(form.asksNothing()).isTrue();
        form.setQuick(SearchForm.Quick.FLAGGED);
        assertThat(form.asksNothing()).isFalse();
        form.setQuick(SearchForm.Quick.ALL);
        form.setAllFolders(true);
        assertThat(form.asksNothing()).as("all folders is a search").isFalse();
    }
}
