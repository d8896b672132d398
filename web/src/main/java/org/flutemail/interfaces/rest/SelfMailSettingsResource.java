package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.flutemail.application.MailSettingsService;
import org.flutemail.application.MailSettingsService.SettingsView;

/**
 * The caller's own delivery settings (automatic reply and forwarding, block and allow lists, rules)
 * and display settings, as the webmail's settings screen edits them; for scripts and mail programs.
 * A user's own, under {@code /self}, unlike the server settings of the administration.
 */
@Path("/self/mail-settings")
@Produces(MediaType.APPLICATION_JSON)
public class SelfMailSettingsResource {

    @EJB
    MailSettingsService settings;

    @Context
    SecurityContext security;

    @GET
    public SettingsView get() {
        return settings.settings(caller());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(SettingsView body) {
        settings.save(caller(), BadRequestBody.required("body", body));
        return Response.noContent().build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
