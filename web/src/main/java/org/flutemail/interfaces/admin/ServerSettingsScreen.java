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
import org.flutemail.application.ListenerSettingsService;
import org.flutemail.application.ListenerDirectory.ListenerState;
import org.flutemail.application.SettingsService;
import org.flutemail.application.SettingsService.SettingView;

/**
 * The server settings (system administrators): each with its default, saved together; and the listeners,
 * each moved or switched off on its own, since each move binds a port and may fail by itself.
 */
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

    @EJB
    ListenerSettingsService listenerSettings;

    private List<SettingView> shown = List.of();
    private List<ListenerState> listeners = List.of();
    /** What the form holds, by setting key: the stored value, empty for the default. */
    private final Map<String, String> values = new LinkedHashMap<>();
    /** The listener form, by listener key. */
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Boolean> accepting = new LinkedHashMap<>();

    public void load() {
        List<SettingView> listed = actions.attempt(() -> {
            guard.system();
            showListeners(listenerSettings.list());
            return settings.list();
        }, null);
        show(listed);
    }

    public void placeListener(String key) {
        actions.attempt(() -> {
            guard.system();
            return listenerSettings.place(key, ports.getOrDefault(key, 0), accepting.getOrDefault(key, true));
        }, "settings.listeners.placed");
        showListeners(listenerSettings.list());
    }

    public void resetListener(String key) {
        actions.attempt(() -> {
            guard.system();
            return listenerSettings.reset(key);
        }, "settings.listeners.reset.done");
        showListeners(listenerSettings.list());
    }

    private void showListeners(List<ListenerState> listed) {
        listeners = listed;
        ports.clear();
        accepting.clear();
        listed.forEach(l -> {
            ports.put(l.key(), l.port());
            accepting.put(l.key(), l.enabled());
        });
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

    public Map<String, Integer> getPorts() {
        return ports;
    }

    public Map<String, Boolean> getAccepting() {
        return accepting;
    }
}
