package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.flutemail.application.AccountImportService;
import org.flutemail.application.CallerGuard;

/** The accounts an administrator administers as a CSV file that {@code POST /accounts/import} reads back. */
@Path("/accounts/export")
public class AccountExportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    AccountImportService bulk;

    @GET
    @Produces(CSV)
    public Response export(@QueryParam("domain") String domain) {
        guard.administrator();
        String file = (domain == null ? "accounts" : "accounts-" + domain.replaceAll("[^A-Za-z0-9.-]", "_")) + ".csv";
        return Response.ok(bulk.exportAccounts(domain), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
