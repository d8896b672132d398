package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.SignupService;
import org.flutemail.application.SignupService.SignupRequestView;

/** A domain's sign-up requests, decided by its administrators or a system administrator. */
@Path("/domains/{name}/signups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DomainSignupResource {

    /** {@code reason}: optional, mailed to the requester if they left a contact address. */
    public record Refusal(String reason) {
    }

    @Inject
    CallerGuard guard;

    @EJB
    SignupService signups;

    @GET
    public List<SignupRequestView> list(@PathParam("name") String domain, @QueryParam("state") String state) {
        guard.domain(domain);
        return signups.list(domain, state);
    }

    @POST
    @Path("{id}/approve")
    public SignupRequestView approve(@PathParam("name") String domain, @PathParam("id") long id) {
        guard.domain(domain);
        return signups.approve(domain, id);
    }

    @POST
    @Path("{id}/refuse")
    public SignupRequestView refuse(@PathParam("name") String domain, @PathParam("id") long id, Refusal body) {
        guard.domain(domain);
        return signups.refuse(domain, id, body == null ? null : body.reason());
    }
}
