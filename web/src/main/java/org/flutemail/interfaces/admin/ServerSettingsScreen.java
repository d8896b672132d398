package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.ListenerDirectory;
import org.flutemail.application.ListenerDirectory.ListenerState;
import org.flutemail.application.SettingsService;
import org.flutemail.application.SettingsService.SettingView;

/** The server settings (system administrators): each with its default, saved together. */
@Named
@ViewScoped
public class ServerSettingsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    SettingsService settings;

    @Inject
    ListenerDirectory listenerDirectory;

    private List<SettingView> shown = List.of();
    private List<ListenerState> listeners = List.of();
    /** What the form holds, by setting key: the stored value, empty for the default. */
    private final Map<String, String> values = new LinkedHashMap<>();

    public void load() {
        List<SettingView> listed = actions.attempt(() -> {
            guard.system();
            listeners = listenerDirectory.listeners();
            return settings.list();
        }, null);
        show(listed);
    }

    public void save() {
        List<SettingView> saved = actions.attempt(() -> {
            guard.system();
            return settings.update(new LinkedHashMap<>(values));
        }, "settings.saved");
        show(saved);
    }

    private void show(List<SettingView> listed) {
        if (listed == null) {
            return;
        }
        shown = listed;
        values.clear();
        listed.forEach(s -> values.put(s.key(), s.stored() == null ? "" : s.stored()));
    }

    public List<SettingView> getSettings() {
        return shown;
    }

    public List<ListenerState> getListeners() {
        return listeners;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
