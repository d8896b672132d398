package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.flutemail.application.Actor;
import org.flutemail.application.CurrentCaller;
import org.flutemail.application.MailingListService;
import org.flutemail.domain.ListUnsubscribeToken;

/**
 * RFC 8058 one-click unsubscribe: the link in each copy's {@code List-Unsubscribe} field, posted to by
 * the recipient's mail program with the body {@code List-Unsubscribe=One-Click}. No login (web.xml
 * leaves this path open): the signed token is the authority, and it names one member of one list.
 * Only POST: a GET, which link scanners and previews fetch on their own, must change nothing.
 */
@Path("/lists/unsubscribe")
public class ListUnsubscribeResource {

    static final String ONE_CLICK = "One-Click";

    @EJB
    MailingListService lists;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> unsubscribe(@PathParam("token") String token,
            @FormParam("List-Unsubscribe") String oneClick) {
        if (!ONE_CLICK.equals(oneClick)) {
            throw new BadRequestBody("the body must be List-Unsubscribe=One-Click (RFC 8058)");
        }
        // The audit log names the member who followed their link; nothing is recorded if it is forged.
        ListUnsubscribeToken.read(token).ifPresent(claim -> caller.set(
                new Actor(claim.member(), Actor.Tier.NONE, Set.of()), caller.clientAddress()));
        return Map.of("list", lists.unsubscribe(token), "status", "unsubscribed");
    }
}
