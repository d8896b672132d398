package org.flutemail.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.flutemail.application.Setting;
import org.flutemail.domain.ServerSetting;
import org.flutemail.domain.ServerSettingRepository;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * The settings that apply, read from the database once and kept until a setting changes, so that the
 * relay decision and each outbound delivery read memory, not the database.
 */
@ApplicationScoped
public class StoredSettings {

    private static final Object KEY = StoredSettings.class;

    private final AtomicLong generation = new AtomicLong();
    private volatile Map<String, String> kept;

    @Inject
    ServerSettingRepository repository;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The stored value, else the system property or environment variable, else empty. */
    public String value(Setting setting) {
        return stored(setting).orElseGet(setting::fallback);
    }

    /** The name this server gives itself: the stored host name, else the configured one, else the local host's. */
    public String hostName() {
        String stored = value(Setting.HOST_NAME);
        return stored.isEmpty() ? ServerSettings.hostName() : stored;
    }

    Optional<String> stored(Setting setting) {
        Map<String, String> snapshot = kept;
        if (snapshot == null) {
            long before = generation.get();
            Map<String, String> read = new HashMap<>();
            for (ServerSetting s : repository.all()) {
                read.put(s.name(), s.value());
            }
            snapshot = Map.copyOf(read);
            if (generation.get() == before) {
                kept = snapshot; // only if no change came while reading
            }
        }
        return Optional.ofNullable(snapshot.get(setting.key()));
    }

    /** A setting is being changed in the current transaction. */
    void changed() {
        TransactionEnd.forgetNowAndAfter(transactions, KEY, () -> {
            generation.incrementAndGet();
            kept = null;
        });
    }
}
