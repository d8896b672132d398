package org.flutemail.migration;

import java.util.List;

/**
 * A Flute folder that imported mail goes to: its name (hierarchy levels joined by
 * {@link #SEPARATOR}) and the RFC 6154 special use it has when it is created.
 */
public record TargetFolder(String name, String specialUse) {

    /** Flute's hierarchy separator in folder names. */
    public static final char SEPARATOR = '/';

    /** The names of this folder's ancestors, outermost first. */
    public List<String> ancestors() {
        List<String> names = new java.util.ArrayList<>();
        int at = name.indexOf(SEPARATOR);
        while (at > 0) {
            names.add(name.substring(0, at));
            at = name.indexOf(SEPARATOR, at + 1);
        }
        return names;
    }
}
