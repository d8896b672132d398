package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainAliasService;

/**
 * {@code /domains/{domain}/aliases}: other names of a domain. Reading is for the domain's
 * administrators; adding and removing names is the system administrator's, as creating domains is
 * (an alias makes the server accept mail for a new name).
 */
@Path("/domains/{domain}/aliases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DomainAliasResource {

    @Inject
    CallerGuard guard;

    @EJB
    DomainAliasService aliases;

    @GET
    public List<String> list(@PathParam("domain") String domain) {
        guard.domain(domain);
        return aliases.list(domain);
    }

    @POST
    public List<String> add(@PathParam("domain") String domain, Requests.NewDomain body) {
        guard.system();
        BadRequestBody.required("body", body);
        return aliases.add(domain, BadRequestBody.required("name", body.name()));
    }

    @DELETE
    @Path("{alias}")
    public List<String> remove(@PathParam("domain") String domain, @PathParam("alias") String alias) {
        guard.system();
        return aliases.remove(domain, alias);
    }
}
