package org.flutemail.interfaces.webmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flutemail.application.BrandingService.DomainLook;
import org.junit.jupiter.api.Test;

class LookStyleTest {

    private static DomainLook look(String primary, String accent) {
        return new DomainLook("example.test", "ocean", primary, accent, false, null, null);
    }

    @Test
    void writesTheDomainsColoursOverTheThemeWithTextThatReadsOnThePrimary() {
        assertThat(LookStyle.of(look("#123456", "#ff8800")))
                .isEqualTo(":root:root{--fm-primary:#123456;--fm-on-primary:#ffffff;--fm-accent:#ff8800;}");
        assertThat(LookStyle.of(look("#ffeeaa", null)))
                .isEqualTo(":root:root{--fm-primary:#ffeeaa;--fm-on-primary:#1f2933;}");
    }

    @Test
    void noColoursOrNoLookIsNoRule() {
        assertThat(LookStyle.of(look(null, null))).isEmpty();
        assertThat(LookStyle.of(null)).isEmpty();
    }

    @Test
    void aValueThatIsNoColourNeverReachesThePage() {
        assertThatThrownBy(() -> LookStyle.of(look("#000000}</style><script>", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
