package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.flutemail.application.MailingListService;
import org.flutemail.application.Views.HeldPostView;

/**
 * The moderation queue of the lists that name the caller (a user) among their moderators: a
 * moderator need not be an administrator. Other lists' posts are not found.
 */
@Path("/self/held")
@Produces(MediaType.APPLICATION_JSON)
public class SelfModerationResource {

    @EJB
    MailingListService lists;

    @Context
    SecurityContext security;

    @GET
    public List<HeldPostView> held() {
        return lists.heldForModerator(caller());
    }

    @POST
    @Path("{id}/approve")
    public Response approve(@PathParam("id") long id) {
        lists.approveAsModerator(caller(), id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response reject(@PathParam("id") long id) {
        lists.rejectAsModerator(caller(), id);
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
