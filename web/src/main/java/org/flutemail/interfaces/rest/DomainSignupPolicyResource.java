package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.SignupService;
import org.flutemail.application.SignupService.SignupPolicyView;

/** Whether a domain takes self-service sign-up requests: off until its administrators turn it on. */
@Path("/domains/{name}/signup-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DomainSignupPolicyResource {

    public record Switch(Boolean allowed) {
    }

    @Inject
    CallerGuard guard;

    @EJB
    SignupService signups;

    @GET
    public SignupPolicyView get(@PathParam("name") String domain) {
        guard.domain(domain);
        return signups.policy(domain);
    }

    @PUT
    public SignupPolicyView put(@PathParam("name") String domain, Switch body) {
        guard.domain(domain);
        BadRequestBody.required("body", body);
        return signups.allow(domain, BadRequestBody.required("allowed", body.allowed()));
    }
}
