package org.flutemail.application;

import java.util.List;
import org.flutemail.application.ListenerDirectory.ListenerState;

/**
 * The port of each listener and whether it accepts, as a system administrator sets them: applied to the
 * running listener at once, stored, and applied again at each start (where they win over the adapter's
 * configuration). Audited as {@code listener.place} and {@code listener.reset}.
 */
public interface ListenerSettingsService {

    /** The listeners as they are now, with the port each uses. */
    List<ListenerState> list();

    /**
     * Moves listener {@code key} to {@code port}, or switches it off ({@code enabled} false: it stops
     * accepting; open sessions go on). A port that cannot be bound is a {@code ConflictException} and
     * the listener stays where it was; an unknown listener a {@code NotFoundException}.
     */
    ListenerState place(String key, int port, boolean enabled);

    /** Forgets the stored placement: the listener returns to its configured port, accepting. */
    ListenerState reset(String key);
}
