package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flutemail.protocol.imap.command.SearchKey;
import org.junit.jupiter.api.Test;

class SubjectPrefilterTest {

    @Test
    void aSubjectAloneOrAndedNarrowsTheSearch() {
        assertThat(SubjectPrefilter.of(new SearchKey.Text("SUBJECT", "Report"))).contains("report");
        assertThat(SubjectPrefilter.of(new SearchKey.And(List.of(new SearchKey.Flag("\\Seen", true),
                new SearchKey.Text("subject", "Q4"))))).contains("q4");
    }

    @Test
    void anythingElseLooksAtEveryMessage() {
        assertThat(SubjectPrefilter.of(new SearchKey.Text("SUBJECT", "报告"))).isEmpty();
        assertThat(SubjectPrefilter.of(new SearchKey.Text("SUBJECT", ""))).isEmpty();
        assertThat(SubjectPrefilter.of(new SearchKey.Text("FROM", "report"))).isEmpty();
        assertThat(SubjectPrefilter.of(new SearchKey.Or(new SearchKey.Text("SUBJECT", "a"),
                new SearchKey.Text("SUBJECT", "b")))).isEmpty();
        assertThat(SubjectPrefilter.of(new SearchKey.Not(new SearchKey.Text("SUBJECT", "a")))).isEmpty();
    }
}
