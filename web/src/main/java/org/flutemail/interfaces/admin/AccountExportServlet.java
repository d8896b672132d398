package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.flutemail.application.AccountImportService;
import org.flutemail.domain.AccessDeniedException;

/**
 * The accounts screen's download: {@code accounts.csv?domain=…} for the logged-in administrator
 * ({@link AdminAccessFilter} guards the path and names the caller; the service checks the domain).
 */
@WebServlet(AccountExportServlet.PATH)
public class AccountExportServlet extends HttpServlet {

    static final String PATH = "/admin/export/accounts.csv";

    private static final long serialVersionUID = 1L;

    @EJB
    AccountImportService bulk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] data;
        try {
            data = bulk.exportAccounts(request.getParameter("domain"));
        } catch (EJBException e) {
            if (e.getCause() instanceof AccessDeniedException) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            throw e;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"accounts.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}
