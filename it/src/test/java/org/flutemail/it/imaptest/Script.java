package org.flutemail.it.imaptest;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed imaptest script: the header (required capabilities, connections, messages to append,
 * startup state) and its command groups in order.
 *
 * @param messages how many messages of the mbox to append, {@link #ALL_MESSAGES} for the whole file
 * @param secondUserConnection the connection (from 1) that logs in as {@code $user2}, 0 when none does
 */
record Script(String name, List<String> capabilities, int connections, int messages, StartupState state,
        boolean ignoreExtraUntagged, int secondUserConnection, Path mbox, List<CommandGroup> groups) {

    static final int ALL_MESSAGES = -1;
}
