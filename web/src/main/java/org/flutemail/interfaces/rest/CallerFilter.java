package org.flutemail.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.flutemail.application.AuthorizationService;
import org.flutemail.application.CurrentCaller;

/**
 * Tells the application who calls, once per request: the login the container authenticated (HTTP Basic)
 * with its tier and domains, and the client's address, for the authorization checks and the audit log.
 */
@Provider
public class CallerFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller caller;

    @Inject
    AuthorizationService authorization;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Principal principal = context.getSecurityContext().getUserPrincipal();
        caller.set(authorization.identify(principal == null ? null : principal.getName()), request.getRemoteAddr());
    }
}
