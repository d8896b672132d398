package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void aBrowserAskingForChineseWithoutARegionGetsSimplifiedChinese() {
        assertThat(Languages.byLanguage(List.of(Locale.forLanguageTag("zh")).iterator(), Locale.ENGLISH))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.byLanguage(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("zh-CN"),
                Locale.ENGLISH).iterator(), Locale.ENGLISH)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theFirstSupportedLanguageWinsAndNoneKeepsTheDefault() {
        assertThat(Languages.byLanguage(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("zh"))
                .iterator(), Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.byLanguage(List.of(Locale.forLanguageTag("de")).iterator(), Locale.ENGLISH))
                .isEqualTo(Locale.ENGLISH);
    }
}
