package org.flutemail.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenericCsvTest {

    @Test
    void readsSeveralAddressesInOneCellAndNamesAContactByItsAddressWhenTheNameIsEmpty() {
        ContactFile file = GenericCsv.read("name,emails,phone,groups\n,a@example.com; b@example.com,1,x;y\n");

        assertThat(file.cards()).singleElement().satisfies(c -> {
            assertThat(c.addresses()).containsExactly("a@example.com", "b@example.com");
            assertThat(c.name()).isEmpty();
            assertThat(c.groups()).containsExactly("x", "y");
        });
    }

    @Test
    void aFileWithoutAnAddressColumnIsRefusedAsAWhole() {
        assertThatThrownBy(() -> GenericCsv.read("Name,Phone\nAnn,1\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no address column");
    }

    @Test
    void whatTheWriterWritesReadsBackTheSame() {
        List<ContactCard> cards = List.of(
                new ContactCard("Lee, Ann", List.of("ann@example.com", "a2@example.com", "a3@example.com",
                        "a4@example.com"), "+1 555", "Acme", "two\nlines \"quoted\"", List.of("Sales", "朋友")),
                new ContactCard("张伟", List.of("zhang@example.cn"), "", "", "", List.of()));

        byte[] written = ContactCsvWriter.write(cards);

        assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("\uFEFFName,Email,Email 2,Email 3,");
        assertThat(ContactFiles.read(written).cards()).isEqualTo(cards);
    }
}
