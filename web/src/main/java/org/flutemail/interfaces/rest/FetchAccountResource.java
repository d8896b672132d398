package org.flutemail.interfaces.rest;

import org.flutemail.application.CallerGuard;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.flutemail.application.FetchAccountService;
import org.flutemail.application.FetchAccountService.FetchAccountChange;
import org.flutemail.application.FetchAccountService.FetchAccountView;
import org.flutemail.application.FetchAccountService.FetchOutcome;

/** The outside mailboxes an account collects mail from; the password is accepted, never returned. */
@Path("/accounts/{address}/fetch-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FetchAccountResource {

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    FetchAccountService fetchAccounts;

    @GET
    public List<FetchAccountView> list(@PathParam("address") String address) {
        guard.address(address);
        return fetchAccounts.list(address);
    }

    @POST
    public Response create(@PathParam("address") String address, FetchAccountChange body) {
        guard.address(address);
        BadRequestBody.required("body", body);
        FetchAccountView created = fetchAccounts.create(address, body);
        return Response.created(UriBuilder.fromResource(FetchAccountResource.class).path(Long.toString(created.id()))
                .build(address)).entity(created).build();
    }

    @GET
    @Path("{id}")
    public FetchAccountView get(@PathParam("address") String address, @PathParam("id") long id) {
        guard.address(address);
        return fetchAccounts.get(address, id);
    }

    @PUT
    @Path("{id}")
    public FetchAccountView update(@PathParam("address") String address, @PathParam("id") long id,
            FetchAccountChange body) {
        guard.address(address);
        BadRequestBody.required("body", body);
        return fetchAccounts.update(address, id, body);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("address") String address, @PathParam("id") long id) {
        guard.address(address);
        fetchAccounts.delete(address, id);
        return Response.noContent().build();
    }

    /** Collects at once and answers when done: 200 with what was collected, or why it failed. */
    @POST
    @Path("{id}/collect")
    public FetchOutcome collect(@PathParam("address") String address, @PathParam("id") long id) {
        guard.address(address);
        return fetchAccounts.collectNow(address, id);
    }
}
