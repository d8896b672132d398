package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.flutemail.application.BroadcastService;
import org.flutemail.application.BroadcastService.Broadcast;
import org.flutemail.application.BroadcastService.Scope;
import org.flutemail.application.CallerGuard;

/**
 * Sends a notice: to the whole system (system administrators), to a domain or to a group (an alias)
 * of the caller's domains. Answers 202: the notice is queued, the pipeline delivers it.
 */
@Path("/broadcasts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BroadcastResource {

    @Inject
    CallerGuard guard;

    @EJB
    BroadcastService broadcasts;

    @POST
    public Response send(Requests.NewBroadcast body) {
        BadRequestBody.required("body", body);
        Scope scope = scope(BadRequestBody.required("scope", body.scope()));
        String target = switch (scope) {
            case SYSTEM -> {
                guard.system();
                yield null;
            }
            case DOMAIN -> {
                guard.domain(BadRequestBody.required("domain", body.domain()).trim());
                yield body.domain();
            }
            case GROUP -> {
                guard.address(BadRequestBody.required("group", body.group()).trim());
                yield body.group();
            }
        };
        return Response.accepted(broadcasts.send(new Broadcast(scope, target, body.subject(), body.body()))).build();
    }

    private static Scope scope(String value) {
        try {
            return Scope.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestBody("'scope' must be system, domain or group");
        }
    }
}
