package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.flutemail.application.CurrentCaller;
import org.flutemail.application.SignupService;
import org.flutemail.application.SignupService.SignupForm;
import org.flutemail.application.SignupService.SignupRequestView;

/**
 * The public side of self-service sign-up, for people without an account (web.xml leaves the path
 * open): which domains take requests, and a request. The service checks the request at once and
 * guards against abuse (honeypot, a limit per client address and hour, a limit of waiting requests
 * per domain); the answer tells the requester what they asked for, nothing about others.
 */
@Path("/signups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignupResource {

    /** What a requester learns back: their address and that it waits for a decision. */
    public record Received(String address, String state) {
    }

    @EJB
    SignupService signups;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("domains")
    public List<String> openDomains() {
        return signups.openDomains();
    }

    @POST
    public Response request(SignupForm body) {
        BadRequestBody.required("body", body);
        SignupRequestView made = signups.request(body, caller.clientAddress());
        return Response.status(Response.Status.CREATED).entity(new Received(made.address(), made.state())).build();
    }
}
