package org.flutemail.interfaces.webmail;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.flutemail.application.Actor;
import org.flutemail.application.CurrentCaller;

/**
 * Sends whoever is not logged in (never was, logged out, or idle past the session timeout) to the
 * login page. An Ajax request from a page whose session expired gets a Faces partial response that
 * redirects, since a plain redirect would be followed by the script and its answer shown nowhere.
 * A logged-in user is handed to the application as {@link CurrentCaller}, so the audit log names them
 * for the changes they make here.
 */
@WebFilter(urlPatterns = {"/mail.xhtml", "/compose.xhtml", "/scheduled.xhtml", "/settings.xhtml",
        "/contacts.xhtml", "/help.xhtml", MessageContentServlet.PATH + "*", ContactExportServlet.PATH + "*"})
public class WebmailAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    WebmailSession session;

    @Inject
    CurrentCaller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getSession(false) != null && session.isLoggedIn()) {
            caller.set(new Actor(session.getAccount(), Actor.Tier.USER, Set.of()), request.getRemoteAddr());
            chain.doFilter(request, response);
            return;
        }
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String login = request.getContextPath() + "/login.xhtml" + (expired ? "?expired=true" : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + login.replace("&", "&amp;") + "\"></redirect></partial-response>");
            return;
        }
        response.sendRedirect(login);
    }
}
