package org.flutemail.interfaces.webmail;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.flutemail.application.ContactService;

/**
 * The logged-in account's contacts as a file to download ({@link WebmailAccessFilter} guards the path):
 * {@code contacts.vcf} (vCard 3.0) or {@code contacts.csv}, both UTF-8. A GET without side effects.
 */
@WebServlet(ContactExportServlet.PATH + "*")
public class ContactExportServlet extends HttpServlet {

    static final String PATH = "/webmail/contacts/";

    private static final long serialVersionUID = 1L;

    @EJB
    ContactService contacts;

    @Inject
    WebmailSession session;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        byte[] data;
        String type;
        if (file.equals("contacts.vcf")) {
            data = contacts.exportVCard(session.getAccount());
            type = "text/vcard; charset=UTF-8";
        } else if (file.equals("contacts.csv")) {
            data = contacts.exportCsv(session.getAccount());
            type = "text/csv; charset=UTF-8";
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}
