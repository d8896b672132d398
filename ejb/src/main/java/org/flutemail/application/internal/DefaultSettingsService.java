package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flutemail.application.AuditLog;
import org.flutemail.application.Setting;
import org.flutemail.application.SettingsChanged;
import org.flutemail.application.SettingsService;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.ServerSetting;
import org.flutemail.domain.ServerSettingRepository;

/** Stores server settings, audited as {@code settings.update} with each value before and after. */
@Stateless
public class DefaultSettingsService implements SettingsService {

    @Inject
    ServerSettingRepository repository;

    @Inject
    StoredSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<SettingsChanged> changed;

    @Override
    public List<SettingView> list() {
        List<SettingView> views = new ArrayList<>();
        for (Setting s : Setting.values()) {
            String stored = repository.byName(s.key()).map(ServerSetting::value).orElse(null);
            views.add(new SettingView(s.key(), stored != null ? stored : s.fallback(), stored, s.fallback()));
        }
        return views;
    }

    @Override
    public List<SettingView> update(Map<String, String> changes) {
        if (changes == null || changes.isEmpty()) {
            throw new InvalidRequestException("name at least one setting to change");
        }
        Map<Setting, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            Setting setting = Setting.byKey(change.getKey())
                    .orElseThrow(() -> new InvalidRequestException("unknown setting '" + change.getKey() + "'"));
            String value = change.getValue() == null ? "" : change.getValue().trim();
            if (!value.isEmpty()) {
                setting.validate(value);
                value = setting.canonical(value);
            }
            checked.put(setting, value);
        }
        List<String> described = new ArrayList<>();
        checked.forEach((setting, value) -> described.add(apply(setting, value)));
        settings.changed();
        audit.record("settings.update", "server", null, String.join("; ", described));
        List<SettingView> applied = list();
        Map<String, String> values = new LinkedHashMap<>();
        applied.forEach(v -> values.put(v.key(), v.value()));
        changed.fire(new SettingsChanged(values));
        return applied;
    }

    private String apply(Setting setting, String value) {
        Optional<ServerSetting> stored = repository.byName(setting.key());
        String before = stored.map(ServerSetting::value).orElse("(default)");
        if (value.isEmpty()) {
            stored.ifPresent(repository::remove);
        } else if (stored.isPresent()) {
            stored.get().change(value, clock.instant());
        } else {
            repository.add(new ServerSetting(setting.key(), value, clock.instant()));
        }
        return setting.key() + ": " + before + " -> " + (value.isEmpty() ? "(default)" : value);
    }
}
