package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.AuditLog;
import org.flutemail.application.ListenerDirectory;
import org.flutemail.application.ListenerDirectory.ListenerState;
import org.flutemail.application.ListenerPlacement;
import org.flutemail.application.ListenerPlacer;
import org.flutemail.application.ListenerSettingsService;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.NotFoundException;
import org.flutemail.domain.ServerSetting;
import org.flutemail.domain.ServerSettingRepository;

/**
 * Moves the listener first and stores the placement after: a port that cannot be bound must change
 * nothing, and only the adapter can tell. Another node of a cluster takes a stored placement at its
 * next start.
 */
@Stateless
public class DefaultListenerSettingsService implements ListenerSettingsService {

    @Inject
    ListenerDirectory directory;

    @Inject
    ListenerPlacer placer;

    @Inject
    ServerSettingRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public List<ListenerState> list() {
        return directory.listeners();
    }

    @Override
    public ListenerState place(String key, int port, boolean enabled) {
        ListenerState before = running(key);
        ListenerPlacement placement = new ListenerPlacement(before.key(), port, enabled);
        directory.listeners().stream()
                .filter(other -> !other.key().equals(before.key()) && other.port() == port)
                .findFirst()
                .ifPresent(other -> {
                    throw new ConflictException("port " + port + " belongs to listener " + other.key());
                });
        try {
            placer.place(placement.key(), port, enabled);
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
        Optional<ServerSetting> stored = repository.byName(placement.settingName());
        if (stored.isPresent()) {
            stored.get().change(placement.settingValue(), clock.instant());
        } else {
            repository.add(new ServerSetting(placement.settingName(), placement.settingValue(), clock.instant()));
        }
        audit.record("listener.place", placement.key(), null, describe(before) + " -> " + placement.settingValue());
        return running(key);
    }

    @Override
    public ListenerState reset(String key) {
        ListenerState before = running(key);
        try {
            placer.forget(before.key());
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
        repository.byName(ListenerPlacement.PREFIX + before.key()).ifPresent(repository::remove);
        audit.record("listener.reset", before.key(), null, describe(before) + " -> " + before.configuredPort());
        return running(key);
    }

    private ListenerState running(String key) {
        return directory.listeners().stream()
                .filter(l -> l.key().equalsIgnoreCase(key == null ? "" : key.trim()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no listener '" + key + "' runs on this server"));
    }

    private static String describe(ListenerState state) {
        return state.enabled() ? Integer.toString(state.port()) : state.port() + " off";
    }
}
