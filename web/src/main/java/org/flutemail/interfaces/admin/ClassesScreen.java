package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.flutemail.application.Actor;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.ClassOfServiceService;
import org.flutemail.application.Views.ClassOfServiceView;
import org.flutemail.domain.Access;

/** Classes of service, for system administrators: the list, a new class, deleting an unused one. */
@Named
@ViewScoped
public class ClassesScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    ClassOfServiceService classes;

    private String name;
    private Long quotaBytes;
    private Long maxMessageBytes;
    private List<String> access = new ArrayList<>(List.of(Access.IMAP.name(), Access.WEBMAIL.name(), Access.SMTP.name()));

    public String check() {
        return guard.actor().tier() == Actor.Tier.SYSTEM ? null : AdminLoginScreen.home(guard.actor());
    }

    public List<ClassOfServiceView> getClasses() {
        List<ClassOfServiceView> listed = actions.attempt(() -> {
            guard.system();
            return classes.list();
        }, null);
        return listed == null ? List.of() : listed;
    }

    /** Every kind of access, in the order the checkboxes show them. */
    public List<String> getAccessChoices() {
        return Arrays.stream(Access.values()).map(Enum::name).toList();
    }

    public void create() {
        String created = name == null ? "" : name.strip();
        Set<Access> granted = EnumSet.noneOf(Access.class);
        access.forEach(a -> granted.add(Access.valueOf(a)));
        if (actions.run(() -> {
            guard.system();
            classes.create(created, new ClassOfServiceService.Template(quotaBytes, maxMessageBytes, granted));
        }, "classes.created", created)) {
            name = null;
            quotaBytes = null;
            maxMessageBytes = null;
        }
    }

    public void delete(String className) {
        actions.run(() -> {
            guard.system();
            classes.delete(className);
        }, "classes.deleted", className);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getQuotaBytes() {
        return quotaBytes;
    }

    public void setQuotaBytes(Long quotaBytes) {
        this.quotaBytes = quotaBytes;
    }

    public Long getMaxMessageBytes() {
        return maxMessageBytes;
    }

    public void setMaxMessageBytes(Long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    public List<String> getAccess() {
        return access;
    }

    public void setAccess(List<String> access) {
        this.access = access == null ? new ArrayList<>() : new ArrayList<>(access);
    }
}
