package org.flutemail.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current request and the address they came from, set once at the edge (the REST
 * API's filter, the administration screens) and read where a change is recorded ({@link AuditLog}).
 * Outside a request, or before the edge set it, the caller is {@link Actor#SERVER}.
 */
@RequestScoped
public class CurrentCaller {

    private Actor actor = Actor.SERVER;
    private String clientAddress;

    public void set(Actor actor, String clientAddress) {
        this.actor = actor;
        this.clientAddress = clientAddress;
    }

    public Actor actor() {
        return actor;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
