package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.flutemail.application.BroadcastService;
import org.flutemail.application.BroadcastService.Broadcast;
import org.flutemail.application.BroadcastService.Scope;
import org.flutemail.application.BroadcastService.Sent;
import org.flutemail.application.CallerGuard;

/**
 * Sends a notice to every account of the system (system administrators), of one of the caller's
 * domains, or of a group (an alias of those domains); the same service call as {@code POST /api/v1/broadcasts}.
 */
@Named
@ViewScoped
public class BroadcastScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @Inject
    AdminTexts texts;

    @EJB
    BroadcastService broadcasts;

    private Scope scope = Scope.DOMAIN;
    private String domain;
    private String group;
    private String subject;
    private String body;

    /** The scopes the caller may use: the whole system only for system administrators. */
    public List<Scope> getScopes() {
        return guard.reportDomains(null) == null ? List.of(Scope.values()) : List.of(Scope.DOMAIN, Scope.GROUP);
    }

    /** The domains the caller may send to; empty for a system administrator, who types any. */
    public List<String> getDomains() {
        Set<String> mine = guard.reportDomains(null);
        return mine == null ? List.of() : mine.stream().sorted().toList();
    }

    public void send() {
        Sent sent = actions.attempt(() -> {
            String target = switch (scope) {
                case SYSTEM -> {
                    guard.system();
                    yield null;
                }
                case DOMAIN -> {
                    guard.domain(required(domain));
                    yield domain;
                }
                case GROUP -> {
                    guard.address(required(group));
                    yield group;
                }
            };
            return broadcasts.send(new Broadcast(scope, target, subject, body));
        }, null);
        if (sent != null) {
            texts.info("broadcast.sent", sent.spooled(), sent.recipients());
            subject = null;
            body = null;
        }
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("required");
        }
        return value.strip();
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
