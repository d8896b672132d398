package org.flutemail.application.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The before/after summary of an audit entry: the components of two snapshots (views are records) that
 * differ, as {@code name: before -> after}. Components named like a password are never written.
 */
final class Changes {

    private Changes() {
    }

    static String between(Record before, Record after) {
        if (before == null || after == null || before.getClass() != after.getClass()) {
            return after == null ? describe(before) : describe(after);
        }
        StringJoiner out = new StringJoiner("; ");
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (hidden(component)) {
                continue;
            }
            Object was = value(component, before);
            Object is = value(component, after);
            if (!Objects.equals(was, is)) {
                out.add(component.getName() + ": " + was + " -> " + is);
            }
        }
        return out.length() == 0 ? "no change" : out.toString();
    }

    /** All components of one snapshot: what was created, or what was deleted. */
    static String describe(Record snapshot) {
        if (snapshot == null) {
            return null;
        }
        StringJoiner out = new StringJoiner("; ");
        for (RecordComponent component : snapshot.getClass().getRecordComponents()) {
            if (!hidden(component)) {
                out.add(component.getName() + ": " + value(component, snapshot));
            }
        }
        return out.toString();
    }

    private static boolean hidden(RecordComponent component) {
        String name = component.getName().toLowerCase(java.util.Locale.ROOT);
        return name.contains("password") && !name.startsWith("must") || name.contains("privatekey");
    }

    private static Object value(RecordComponent component, Record snapshot) {
        try {
            return component.getAccessor().invoke(snapshot);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return "?";
        }
    }
}
