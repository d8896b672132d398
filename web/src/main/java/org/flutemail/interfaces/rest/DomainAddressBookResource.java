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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainAddressBookService;
import org.flutemail.application.DomainAddressBookService.EntryRequest;
import org.flutemail.application.DomainAddressBookService.EntryView;

/**
 * A domain's public address book, kept by its administrators (the system administrator, and domain
 * administrators for their own domains). Users read their own domain's at {@code /self/address-book}.
 */
@Path("/domains/{name}/address-book")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DomainAddressBookResource {

    @Inject
    CallerGuard guard;

    @EJB
    DomainAddressBookService book;

    @GET
    public List<EntryView> list(@PathParam("name") String domain) {
        guard.domain(domain);
        return book.entries(domain);
    }

    @POST
    public Response add(@PathParam("name") String domain, EntryRequest body) {
        guard.domain(domain);
        EntryView added = book.add(domain, checked(body));
        return Response.created(UriBuilder.fromResource(DomainAddressBookResource.class).path("{id}")
                .build(domain, added.id())).entity(added).build();
    }

    @PUT
    @Path("{id}")
    public EntryView change(@PathParam("name") String domain, @PathParam("id") long id, EntryRequest body) {
        guard.domain(domain);
        return book.change(domain, id, checked(body));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("name") String domain, @PathParam("id") long id) {
        guard.domain(domain);
        book.delete(domain, id);
        return Response.noContent().build();
    }

    private static EntryRequest checked(EntryRequest body) {
        BadRequestBody.required("body", body);
        BadRequestBody.required("name", body.name());
        BadRequestBody.required("address", body.address());
        return body;
    }
}
