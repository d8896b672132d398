package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.flutemail.application.AddressCompletionService;
import org.flutemail.application.AddressCompletionService.Suggestion;
import org.junit.jupiter.api.Test;

class AddressCompletionTest {

    private final List<String> asked = new ArrayList<>();
    private final AddressCompletionService books = (account, prefix, limit) -> {
        asked.add(prefix);
        return List.of(new Suggestion("Sales (2)", "Sales:;"), new Suggestion("张伟 <zhang@example.test>",
                "张伟 <zhang@example.test>"));
    };

    @Test
    void theLastAddressIsCompletedFromTheBooksAndTheEarlierOnesKept() {
        List<String> offers = AddressCompletion.offers("ann@example.test, \"Lee, Bob\" <b@x.test>; 张", "me@example.test",
                books);

        assertThat(asked).containsExactly("张");
        assertThat(offers).containsExactly("ann@example.test, \"Lee, Bob\" <b@x.test>; Sales:;",
                "ann@example.test, \"Lee, Bob\" <b@x.test>; 张伟 <zhang@example.test>");
        assertThat(offers).extracting(AddressCompletion::lastAddress).containsExactly("Sales:;",
                "张伟 <zhang@example.test>");
    }

    @Test
    void afterAtTheLocalDomainIsOfferedAndTheBooksAreNotAsked() {
        assertThat(AddressCompletion.offers("li@exa", "me@example.test", books)).containsExactly("li@example.test");
        assertThat(AddressCompletion.offers("a@b.test, li@", "me@example.test", books))
                .containsExactly("a@b.test, li@example.test");
        assertThat(AddressCompletion.offers("li@example.test", "me@example.test", books)).isEmpty();
        assertThat(AddressCompletion.offers("li@other", "me@example.test", books)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void aGroupJustChosenIsOneAddressAndNothingIsOfferedAfterASeparator() {
        assertThat(AddressCompletion.lastAddress("a@b.test, Sales:;")).isEqualTo("Sales:;");
        assertThat(AddressCompletion.offers("Sales:;, ", "me@example.test", books)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void everyHelpTopicHasATitleAndATextInBothLanguages() {
        for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale);
            for (String topic : HelpScreen.TOPICS) {
                assertThat(bundle.getString("help." + topic + ".title")).as(topic).isNotBlank();
                assertThat(bundle.getString("help." + topic + ".body").split("\n\\s*\n")).as(topic).hasSizeGreaterThan(1);
            }
        }
    }
}
