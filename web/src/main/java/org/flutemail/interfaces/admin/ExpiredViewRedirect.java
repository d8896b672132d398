package org.flutemail.interfaces.admin;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where a page whose view state is gone (session expired, server restarted) goes: the error page of
 * {@code ViewExpiredException} in {@code web.xml}. An administration page goes back to the
 * administration's login, any other to the webmail's; both then say that the session ended.
 */
@WebServlet("/expired")
public class ExpiredViewRedirect extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String context = request.getContextPath();
        boolean admin = uri instanceof String u && u.startsWith(context + "/admin/");
        response.sendRedirect(context + (admin ? AdminAccessFilter.LOGIN_PAGE : "/login.xhtml") + "?expired=true");
    }
}
