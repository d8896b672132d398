package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.ListenerDirectory;
import org.flutemail.application.ListenerDirectory.ListenerState;
import org.flutemail.application.SettingsService;
import org.flutemail.application.SettingsService.SettingView;

/** {@code /settings}: the server settings, for system administrators only. */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    CallerGuard guard;

    @EJB
    SettingsService settings;

    @Inject
    ListenerDirectory listeners;

    @GET
    public List<SettingView> list() {
        guard.system();
        return settings.list();
    }

    /**
     * The listeners the adapter has open, with their ports and state. Ports and which listeners are on
     * are the adapter's configuration, read when it starts: a change takes a restart.
     */
    @GET
    @Path("listeners")
    public List<ListenerState> listeners() {
        guard.system();
        return listeners.listeners();
    }

    /** {@code {"relayNetworks": "10.0.0.0/8", "smartHost": ""}}: a blank value returns to the default. */
    @PUT
    public List<SettingView> update(Map<String, String> changes) {
        guard.system();
        return settings.update(BadRequestBody.required("body", changes));
    }
}
