package org.flutemail.infrastructure.connector;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flutemail.application.ListenerPlacement;
import org.flutemail.application.ListenerPlacer;
import org.flutemail.domain.ServerSetting;
import org.flutemail.domain.ServerSettingRepository;

/**
 * Gives the resource adapter the stored listener placements when the application starts. The adapter
 * keeps them for listeners that start afterwards and moves those already running; a stored port that
 * cannot be bound is logged and the listener keeps its configured one, so mail still comes in.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class ListenerPlacementsPush {

    private static final Logger LOG = Logger.getLogger(ListenerPlacementsPush.class.getName());

    @Inject
    ServerSettingRepository settings;

    @Inject
    ListenerPlacer placer;

    @PostConstruct
    void atStart() {
        for (ServerSetting stored : settings.all()) {
            ListenerPlacement.fromSetting(stored.name(), stored.value()).ifPresent(this::push);
        }
    }

    private void push(ListenerPlacement placement) {
        try {
            placer.place(placement.key(), placement.port(), placement.enabled());
        } catch (IllegalStateException e) {
            LOG.severe(() -> "the stored placement of listener " + placement.key() + " (" + placement.settingValue()
                    + ") cannot be applied: " + e.getMessage());
        }
    }
}
