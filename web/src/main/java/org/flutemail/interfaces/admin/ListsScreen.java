package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainService;
import org.flutemail.application.MailingListService;
import org.flutemail.application.MailingListService.ListSettings;
import org.flutemail.application.Views.DomainView;
import org.flutemail.application.Views.HeldPostView;
import org.flutemail.application.Views.ListView;

/**
 * A domain's mailing lists for its administrators: create a list, open one to change its members,
 * and approve or reject the posts held for moderation. Every action asks the {@link CallerGuard}
 * first, for the list's own address.
 */
@Named
@ViewScoped
public class ListsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @EJB
    DomainService domains;

    @EJB
    MailingListService lists;

    @Inject
    ScreenActions actions;

    private String domain;
    private final ListForm form = new ListForm();
    private String selected;
    private String member;

    public List<String> getDomains() {
        return domains.list().stream().map(DomainView::name).filter(guard::sees).toList();
    }

    public List<ListView> getLists() {
        if (domain == null) {
            return List.of();
        }
        return actions.listing(() -> {
            guard.domain(domain);
            return lists.list(domain);
        });
    }

    public void create() {
        String address = form.address();
        boolean created = actions.run(() -> {
            guard.address(address);
            lists.create(form.settings());
        }, "lists.created", address);
        if (created) {
            form.clear();
            selected = address;
        }
    }

    public void open(String address) {
        selected = address;
    }

    public ListView getList() {
        return selected == null ? null : actions.attempt(() -> {
            guard.address(selected);
            return lists.get(selected);
        }, null);
    }

    public List<HeldPostView> getHeld() {
        if (selected == null) {
            return List.of();
        }
        return actions.listing(() -> {
            guard.address(selected);
            return lists.held(selected);
        });
    }

    public void addMember() {
        if (actions.run(() -> {
            guard.address(selected);
            lists.addMember(selected, member);
        }, "lists.memberAdded", member)) {
            member = null;
        }
    }

    public void removeMember(String address) {
        actions.run(() -> {
            guard.address(selected);
            lists.removeMember(selected, address);
        }, "lists.memberRemoved", address);
    }

    public void approve(long id) {
        actions.run(() -> {
            guard.address(selected);
            lists.approve(selected, id);
        }, "lists.approved");
    }

    public void reject(long id) {
        actions.run(() -> {
            guard.address(selected);
            lists.reject(selected, id);
        }, "lists.rejected");
    }

    public void delete() {
        String gone = selected;
        if (actions.run(() -> {
            guard.address(gone);
            lists.delete(gone);
        }, "lists.deleted", gone)) {
            selected = null;
        }
    }

    public ListForm getForm() {
        return form;
    }

    public String getDomain() {
        return domain;
    }

    /** Every submit of the form sets the domain again: only another domain closes the open list. */
    public void setDomain(String domain) {
        if (!java.util.Objects.equals(domain, this.domain)) {
            this.selected = null;
        }
        this.domain = domain;
    }

    public String getSelected() {
        return selected;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    /** The fields of a new list, as typed; the local part is completed with the chosen domain. */
    public final class ListForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String localPart;
        private String name;
        private String postingPolicy = "MEMBERS";
        private boolean refuseOthers;
        private String replyTo = "LIST";
        private String subjectPrefix;

        String address() {
            return (localPart == null ? "" : localPart.strip()) + "@" + domain;
        }

        ListSettings settings() {
            return new ListSettings(address(), name, null, postingPolicy, refuseOthers, replyTo, subjectPrefix, null,
                    null);
        }

        void clear() {
            localPart = null;
            name = null;
            subjectPrefix = null;
            refuseOthers = false;
        }

        public String getLocalPart() {
            return localPart;
        }

        public void setLocalPart(String localPart) {
            this.localPart = localPart;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPostingPolicy() {
            return postingPolicy;
        }

        public void setPostingPolicy(String postingPolicy) {
            this.postingPolicy = postingPolicy;
        }

        public boolean isRefuseOthers() {
            return refuseOthers;
        }

        public void setRefuseOthers(boolean refuseOthers) {
            this.refuseOthers = refuseOthers;
        }

        public String getReplyTo() {
            return replyTo;
        }

        public void setReplyTo(String replyTo) {
            this.replyTo = replyTo;
        }

        public String getSubjectPrefix() {
            return subjectPrefix;
        }

        public void setSubjectPrefix(String subjectPrefix) {
            this.subjectPrefix = subjectPrefix;
        }
    }
}
