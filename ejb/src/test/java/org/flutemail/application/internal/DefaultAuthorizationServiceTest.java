package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.flutemail.application.Actor.Tier;
import org.flutemail.application.Actor;
import org.flutemail.domain.AccessDeniedException;
import org.junit.jupiter.api.Test;

class DefaultAuthorizationServiceTest {

    private final DefaultAuthorizationService authorization = new DefaultAuthorizationService();
    private final Actor system = new Actor("admin", Tier.SYSTEM, Set.of());
    private final Actor domainAdmin = new Actor("da", Tier.DOMAIN, Set.of("own.test", "second.test"));
    private final Actor user = new Actor("u@own.test", Tier.USER, Set.of());

    @Test
    void aSystemAdministratorMayDoEverything() {
        authorization.requireSystem(system);
        authorization.requireDomain(system, "any.test");
        authorization.requireAddress(system, "x@any.test");
        assertThat(authorization.visibleDomains(system)).isNull();
    }

    @Test
    void aDomainAdministratorReachesTheirDomainsWhateverTheCaseAndNothingElse() {
        authorization.requireDomain(domainAdmin, "OWN.test");
        authorization.requireAddress(domainAdmin, "Someone@Second.Test");

        assertThatThrownBy(() -> authorization.requireDomain(domainAdmin, "foreign.test"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("foreign.test");
        assertThatThrownBy(() -> authorization.requireAddress(domainAdmin, "x@sub.own.test"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorization.requireSystem(domainAdmin)).isInstanceOf(AccessDeniedException.class);
        assertThat(authorization.visibleDomains(domainAdmin)).containsExactlyInAnyOrder("own.test", "second.test");
    }

    @Test
    void aUserAndTheServerAdministerNothing() {
        for (Actor actor : new Actor[] {user, Actor.SERVER, new Actor("", Tier.NONE, Set.of())}) {
            assertThat(authorization.mayAdminister(actor, "own.test")).isFalse();
            assertThatThrownBy(() -> authorization.requireSystem(actor)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> authorization.visibleDomains(actor)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
