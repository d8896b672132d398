package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainService;
import org.flutemail.application.Views.DomainView;

/** The domains a caller may see: all of them for a system administrator, theirs for a domain administrator. */
@Named
@RequestScoped
public class DomainsScreen {

    @Inject
    CallerGuard guard;

    @EJB
    DomainService domains;

    private List<DomainView> visible;

    public List<DomainView> getDomains() {
        if (visible == null) {
            visible = domains.list().stream().filter(d -> guard.sees(d.name())).toList();
        }
        return visible;
    }
}
