package org.flutemail.interfaces.rest;

import org.flutemail.application.CallerGuard;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.flutemail.application.AccountImportService;
import org.flutemail.application.AccountImportService.AccountImportResult;

/**
 * Bulk account creation from CSV with preset passwords that must be changed at first login. Generated
 * passwords are in this response only: hand them to the users, they are never shown again.
 */
@Path("/accounts/import")
@Produces(MediaType.APPLICATION_JSON)
public class AccountImportResource {

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    AccountImportService imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public AccountImportResult importAccounts(String csv) {
        guard.administrator();
        return imports.importAccounts(BadRequestBody.required("body", csv));
    }
}
