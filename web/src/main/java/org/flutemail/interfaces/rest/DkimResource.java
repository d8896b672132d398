package org.flutemail.interfaces.rest;

import org.flutemail.application.CallerGuard;
import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.flutemail.application.DkimKeyService;
import org.flutemail.application.DkimKeyService.DkimKeyView;

/** A domain's DKIM signing keys and the DNS records that publish them. */
@Path("/domains/{name}/dkim")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DkimResource {

    /** Both optional: the default is RSA 2048 with selector flute{year}. */
    public record NewKey(String selector, String algorithm) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @jakarta.inject.Inject
    CallerGuard guard;

    @EJB
    DkimKeyService keys;

    @GET
    public List<DkimKeyView> list(@PathParam("name") String domain) {
        guard.domain(domain);
        return keys.list(domain);
    }

    /** The body is optional, so it is read as text: an empty entity is no JSON for the JSON-B provider. */
    @POST
    public Response generate(@PathParam("name") String domain, String body) {
        guard.domain(domain);
        NewKey wanted = body == null || body.isBlank() ? new NewKey(null, null) : JSON.fromJson(body, NewKey.class);
        DkimKeyView created = keys.generate(domain, wanted == null ? null : wanted.selector(),
                wanted == null ? null : wanted.algorithm());
        return Response.created(UriBuilder.fromResource(DkimResource.class).path(created.selector())
                .build(created.domain())).entity(created).build();
    }

    @POST
    @Path("{selector}/activate")
    public DkimKeyView activate(@PathParam("name") String domain, @PathParam("selector") String selector) {
        guard.domain(domain);
        return keys.activate(domain, selector);
    }

    @POST
    @Path("{selector}/deactivate")
    public DkimKeyView deactivate(@PathParam("name") String domain, @PathParam("selector") String selector) {
        guard.domain(domain);
        return keys.deactivate(domain, selector);
    }

    @DELETE
    @Path("{selector}")
    public Response delete(@PathParam("name") String domain, @PathParam("selector") String selector) {
        guard.domain(domain);
        keys.delete(domain, selector);
        return Response.noContent().build();
    }
}
