package org.flutemail.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlookCsvTest {

    /** The head of Outlook's export (most of its 90 columns left out), as Outlook quotes it. */
    private static final String HEADER = "\"First Name\",\"Middle Name\",\"Last Name\",\"Title\",\"Company\","
            + "\"Business Phone\",\"Mobile Phone\",\"Categories\",\"E-mail Address\",\"E-mail Type\","
            + "\"E-mail Display Name\",\"E-mail 2 Address\",\"E-mail 3 Address\",\"Notes\"\r\n";

    @Test
    void readsNamesAddressesPhonesCompanyNotesAndCategoriesAsGroups() {
        ContactFile file = OutlookCsv.read(HEADER
                + "\"Ann\",\"B.\",\"Lee\",\"\",\"Acme, Inc.\",\"+1 555 0100\",\"+1 555 0199\",\"Sales;Friends\","
                + "\"Ann.Lee@Example.COM\",\"SMTP\",\"\",\"ann@home.test\",\"\",\"met at \"\"the fair\"\"\nin May\"\r\n"
                + "\"\",\"\",\"王\",\"\",\"\",\"\",\"\",\"\",\"wang@example.cn\",\"SMTP\",\"\",\"\",\"\",\"\"\r\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.cards()).hasSize(2);
        ContactCard ann = file.cards().get(0);
        assertThat(ann.name()).isEqualTo("Ann B. Lee");
        assertThat(ann.addresses()).containsExactly("ann.lee@example.com", "ann@home.test");
        assertThat(ann.phone()).as("the first phone column filled").isEqualTo("+1 555 0100");
        assertThat(ann.company()).isEqualTo("Acme, Inc.");
        assertThat(ann.notes()).isEqualTo("met at \"the fair\"\nin May");
        assertThat(ann.groups()).containsExactly("Sales", "Friends");
        assertThat(file.cards().get(1).name()).isEqualTo("王");
    }

    @Test
    void aRowWithoutAnAddressOrWithABadOneIsReportedByLineAndTheOthersRead() {
        ContactFile file = OutlookCsv.read(HEADER
                + "Ann,,Lee,,,,,,ann@example.com,,,,,\r\n"
                + "No,,Mail,,,,,,,,,,,\r\n"
                + "Bad,,Address,,,,,,not-an-address,,,,,\r\n"
                + "Bob,,Ray,,,,,,bob@example.com,,,,,\r\n");

        assertThat(file.cards()).extracting(ContactCard::name).containsExactly("Ann Lee", "Bob Ray");
        assertThat(file.problems()).hasSize(2);
        assertThat(file.problems().get(0)).startsWith("line 3: ").contains("no address");
        assertThat(file.problems().get(1)).startsWith("line 4: ").contains("not-an-address");
    }

    @Test
    void isChosenForOutlooksHeaderWhenTheFileIsReadWithoutSayingWhatItIs() {
        byte[] data = (HEADER + "Ann,,Lee,,,,,,ann@example.com,,,,,\r\n").getBytes(StandardCharsets.UTF_8);

        ContactFile file = ContactFiles.read(data);

        assertThat(file.cards()).extracting(ContactCard::name).isEqualTo(List.of("Ann Lee"));
    }
}
