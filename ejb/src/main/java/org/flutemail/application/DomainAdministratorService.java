package org.flutemail.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Granting and revoking domain administrators (the REST resource {@code domains/{domain}/admins}). */
public interface DomainAdministratorService {

    record AdministratorView(String login, String role, Set<String> domains, Instant createdAt) {
    }

    List<AdministratorView> list(String domain);

    /**
     * Grants {@code domain} to the domain administrator {@code login}, creating them with
     * {@code password} when they do not exist yet (then the password is required).
     */
    AdministratorView grant(String domain, String login, String password);

    /** Takes {@code domain} from them; the login stays (with its other domains, or none). */
    void revoke(String domain, String login);
}
