package org.flutemail.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.ListenerDirectory.ListenerState;
import org.flutemail.application.ListenerSettingsService;
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

    @EJB
    ListenerSettingsService listenerSettings;

    @GET
    public List<SettingView> list() {
        guard.system();
        return settings.list();
    }

    /** The listeners the adapter runs, with the port each uses and its state. */
    @GET
    @Path("listeners")
    public List<ListenerState> listeners() {
        guard.system();
        return listenerSettings.list();
    }

    /**
     * {@code {"port": 2525, "enabled": true}}: moves a listener (bound before the old port closes; 409 when
     * the port cannot be bound) or switches it off, now and at every start.
     */
    @PUT
    @Path("listeners/{key}")
    public ListenerState placeListener(@PathParam("key") String key, Requests.ListenerPlacementBody body) {
        guard.system();
        Requests.ListenerPlacementBody placement = BadRequestBody.required("body", body);
        return listenerSettings.place(key, BadRequestBody.required("port", placement.port()),
                placement.enabled() == null || placement.enabled());
    }

    /** Back to the port of the adapter's configuration, accepting. */
    @DELETE
    @Path("listeners/{key}")
    public ListenerState resetListener(@PathParam("key") String key) {
        guard.system();
        return listenerSettings.reset(key);
    }

    /** {@code {"relayNetworks": "10.0.0.0/8", "smartHost": ""}}: a blank value returns to the default. */
    @PUT
    public List<SettingView> update(Map<String, String> changes) {
        guard.system();
        return settings.update(BadRequestBody.required("body", changes));
    }
}
