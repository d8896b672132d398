package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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
import org.flutemail.application.CallerGuard;
import org.flutemail.application.MailingListService;
import org.flutemail.application.MailingListService.ListSettings;
import org.flutemail.application.Views.HeldPostView;
import org.flutemail.application.Views.ListView;

/** Mailing lists, their members and their moderation queue; each call checked against the list's domain. */
@Path("/lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListResource {

    @Inject
    CallerGuard guard;

    @EJB
    MailingListService lists;

    @GET
    public List<ListView> list(@QueryParam("domain") String domain) {
        return guard.listed(domain, lists::list);
    }

    @POST
    public Response create(ListSettings body) {
        BadRequestBody.required("body", body);
        guard.address(BadRequestBody.required("address", body.address()));
        BadRequestBody.required("name", body.name());
        ListView created = lists.create(body);
        return Response.created(UriBuilder.fromResource(ListResource.class).path(created.address()).build())
                .entity(created).build();
    }

    @GET
    @Path("{address}")
    public ListView get(@PathParam("address") String address) {
        guard.address(address);
        return lists.get(address);
    }

    @PUT
    @Path("{address}")
    public ListView update(@PathParam("address") String address, ListSettings body) {
        guard.address(address);
        BadRequestBody.required("body", body);
        return lists.update(address, body);
    }

    @DELETE
    @Path("{address}")
    public Response delete(@PathParam("address") String address) {
        guard.address(address);
        lists.delete(address);
        return Response.noContent().build();
    }

    @POST
    @Path("{address}/members")
    public ListView addMember(@PathParam("address") String address, Requests.ListMember body) {
        guard.address(address);
        BadRequestBody.required("body", body);
        return lists.addMember(address, BadRequestBody.required("address", body.address()));
    }

    @DELETE
    @Path("{address}/members/{member}")
    public ListView removeMember(@PathParam("address") String address, @PathParam("member") String member) {
        guard.address(address);
        return lists.removeMember(address, member);
    }

    @GET
    @Path("{address}/held")
    public List<HeldPostView> held(@PathParam("address") String address) {
        guard.address(address);
        return lists.held(address);
    }

    @POST
    @Path("{address}/held/{id}/approve")
    public Response approve(@PathParam("address") String address, @PathParam("id") long id) {
        guard.address(address);
        lists.approve(address, id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{address}/held/{id}")
    public Response reject(@PathParam("address") String address, @PathParam("id") long id) {
        guard.address(address);
        lists.reject(address, id);
        return Response.noContent().build();
    }
}
