package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.flutemail.application.AccountService;
import org.flutemail.application.Views.AccountView;

/**
 * What users may do for themselves, authenticated as their own account (HTTP Basic, role
 * {@code user}): see their account, and set a new password, which is how a preset password from a bulk
 * import is replaced before the mail protocols accept it; and the name their mail is sent under.
 */
@Path("/self")
@Produces(MediaType.APPLICATION_JSON)
public class SelfServiceResource {

    @EJB
    AccountService accounts;

    @Context
    SecurityContext security;

    @GET
    public AccountView get() {
        return accounts.get(caller());
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(Requests.NewPassword body) {
        BadRequestBody.required("body", body);
        accounts.changeOwnPassword(caller(), BadRequestBody.required("password", body.password()));
        return Response.noContent().build();
    }

    /** The name shown as the phrase of the From address on the caller's mail; blank or null clears it. */
    @PUT
    @Path("display-name")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView rename(Requests.NewDisplayName body) {
        BadRequestBody.required("body", body);
        return accounts.renameOwn(caller(), body.displayName());
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
