package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DnsRecordService;
import org.flutemail.application.DnsRecordService.DnsRecordView;
import org.flutemail.application.DomainAliasService;
import org.flutemail.application.DomainService;
import org.flutemail.application.Views.DomainView;

/**
 * One domain ({@code ?domain=}): its aliases and limits (changed by the system administrator) and the
 * DNS records to publish, with a check of what is published (for the domain's administrators too).
 */
@Named
@ViewScoped
public class DomainScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    DomainService domains;

    @EJB
    DomainAliasService aliases;

    @EJB
    DnsRecordService dns;

    private String domain;
    private DomainView shown;
    private String newAlias;
    private final DomainLimitsForm limits = new DomainLimitsForm();
    private List<DnsRecordView> records;

    /** Called before rendering: loads the domain if the caller may see it, else shows why not. */
    public void load() {
        shown = actions.attempt(() -> {
            guard.domain(domain);
            return domains.get(domain);
        }, null);
        if (shown != null) {
            limits.fill(shown);
            records = actions.attempt(() -> dns.expected(domain), null);
        }
    }

    public List<String> getAliases() {
        if (shown == null) {
            return List.of();
        }
        List<String> names = actions.attempt(() -> aliases.list(domain), null);
        return names == null ? List.of() : names;
    }

    public void addAlias() {
        String name = newAlias == null ? "" : newAlias.strip();
        if (actions.run(() -> {
            guard.system();
            aliases.add(domain, name);
        }, "domain.aliasAdded", name, domain)) {
            newAlias = null;
        }
    }

    public void removeAlias(String name) {
        actions.run(() -> {
            guard.system();
            aliases.remove(domain, name);
        }, "domain.aliasRemoved", name, domain);
    }

    public void saveLimits() {
        DomainView saved = actions.attempt(() -> {
            guard.system();
            return domains.limit(domain, limits.quotaBytes(), limits.maxAccounts(), limits.maxMessageBytes(),
                    limits.getDefaultClass());
        }, "domain.limitsSaved", domain);
        if (saved != null) {
            shown = saved;
        }
    }

    public void checkDns() {
        List<DnsRecordView> checked = actions.attempt(() -> {
            guard.domain(domain);
            return dns.check(domain);
        }, null);
        if (checked != null) {
            records = checked;
        }
    }

    public List<DnsRecordView> getRecords() {
        return records == null ? List.of() : records;
    }

    public DomainView getShown() {
        return shown;
    }

    public DomainLimitsForm getLimits() {
        return limits;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getNewAlias() {
        return newAlias;
    }

    public void setNewAlias(String newAlias) {
        this.newAlias = newAlias;
    }
}
