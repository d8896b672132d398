package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.flutemail.application.DomainAddressBookService;
import org.flutemail.application.DomainAddressBookService.EntryView;
import org.flutemail.domain.EmailAddress;

/** A user reads their own domain's public address book (the entries, then the domain's accounts). */
@Path("/self/address-book")
@Produces(MediaType.APPLICATION_JSON)
public class SelfAddressBookResource {

    @EJB
    DomainAddressBookService book;

    @Context
    SecurityContext security;

    @GET
    public List<EntryView> list() {
        return book.book(EmailAddress.parse(security.getUserPrincipal().getName()).domain());
    }
}
