package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.flutemail.application.AccountService;
import org.flutemail.application.AliasService;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.Views.AccountView;
import org.flutemail.application.Views.AliasView;

@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    AccountService accounts;

    @EJB
    AliasService aliases;

    @GET
    public List<AccountView> list(@QueryParam("domain") String domain) {
        return guard.listed(domain, accounts::list);
    }

    @POST
    public Response create(Requests.NewAccount body) {
        BadRequestBody.required("body", body);
        guard.address(BadRequestBody.required("address", body.address()));
        AccountView created = accounts.create(body.address(),
                BadRequestBody.required("password", body.password()), body.displayName(), body.quotaBytes());
        return Response.created(UriBuilder.fromResource(AccountResource.class).path(created.address()).build())
                .entity(created).build();
    }

    @GET
    @Path("{address}")
    public AccountView get(@PathParam("address") String address) {
        guard.address(address);
        return accounts.get(address);
    }

    @PUT
    @Path("{address}")
    public AccountView update(@PathParam("address") String address, Requests.AccountChange body) {
        guard.address(address);
        BadRequestBody.required("body", body);
        return accounts.update(address, body.displayName(), body.quotaBytes());
    }

    @PUT
    @Path("{address}/class-of-service")
    public AccountView classOfService(@PathParam("address") String address, Requests.ClassOfServiceChoice body) {
        guard.address(address);
        return accounts.assignClassOfService(address, body == null ? null : body.name());
    }

    @PUT
    @Path("{address}/password")
    public Response changePassword(@PathParam("address") String address, Requests.NewPassword body) {
        guard.address(address);
        BadRequestBody.required("body", body);
        accounts.changePassword(address, BadRequestBody.required("password", body.password()),
                Boolean.TRUE.equals(body.mustChange()));
        return Response.noContent().build();
    }

    @POST
    @Path("{address}/suspend")
    public AccountView suspend(@PathParam("address") String address) {
        guard.address(address);
        return accounts.suspend(address);
    }

    @POST
    @Path("{address}/activate")
    public AccountView activate(@PathParam("address") String address) {
        guard.address(address);
        return accounts.activate(address);
    }

    /** The aliases that deliver to the account. */
    @GET
    @Path("{address}/aliases")
    public List<AliasView> aliases(@PathParam("address") String address) {
        guard.address(address);
        return aliases.pointingTo(address);
    }

    /** {@code {"address": "sales@example.test"}}: that alias delivers to the account too. */
    @POST
    @Path("{address}/aliases")
    public AliasView addAlias(@PathParam("address") String address, Requests.NewAlias body) {
        guard.address(address);
        BadRequestBody.required("body", body);
        guard.address(BadRequestBody.required("address", body.address()));
        return aliases.addFor(address, body.address());
    }

    @DELETE
    @Path("{address}/aliases/{alias}")
    public Response removeAlias(@PathParam("address") String address, @PathParam("alias") String alias) {
        guard.address(address);
        guard.address(alias);
        aliases.removeFor(address, alias);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{address}")
    public Response delete(@PathParam("address") String address) {
        guard.address(address);
        accounts.delete(address);
        return Response.noContent().build();
    }
}
