package org.flutemail.interfaces.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.flutemail.application.Actor;
import org.flutemail.application.AuthorizationService;
import org.flutemail.application.CurrentCaller;

/**
 * Every administration page but the login needs a logged-in administrator; the caller's tier and domains
 * are read again at each request (a revoked domain is gone at the next click) and handed to the
 * application as {@link CurrentCaller}, for the authorization checks and the audit log.
 */
@WebFilter(urlPatterns = "/admin/*")
public class AdminAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String LOGIN_PAGE = "/admin/login.xhtml";

    @Inject
    AdminSession session;

    @Inject
    AuthorizationService authorization;

    @Inject
    CurrentCaller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(LOGIN_PAGE) || path.startsWith("/admin/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        Actor actor = request.getSession(false) != null && session.isLoggedIn()
                ? authorization.identify(session.getLogin()) : null;
        if (actor != null && (actor.tier() == Actor.Tier.SYSTEM || actor.tier() == Actor.Tier.DOMAIN)) {
            caller.set(actor, request.getRemoteAddr());
            chain.doFilter(request, response);
            return;
        }
        // A session that ended (timed out, server restarted) is said so on the login page.
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String login = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + login + "\"></redirect></partial-response>");
            return;
        }
        response.sendRedirect(login);
    }
}
