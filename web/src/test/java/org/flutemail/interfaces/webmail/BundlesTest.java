package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BundlesTest {

    private static Set<String> ownKeys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    @Test
    void chineseTranslatesEveryEnglishText() {
        Set<String> english = ownKeys(Locale.ROOT);
        Set<String> chinese = ownKeys(Locale.SIMPLIFIED_CHINESE);

        assertThat(chinese).containsExactlyInAnyOrderElementsOf(english);
        ResourceBundle zh = ResourceBundle.getBundle(Texts.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ROOT);
        for (String key : english) {
            assertThat(zh.getString(key)).as(key).isNotBlank();
            if (!key.equals("message.eml")) {
                assertThat(zh.getString(key)).as(key + " is translated").isNotEqualTo(en.getString(key));
            }
        }
    }
}
