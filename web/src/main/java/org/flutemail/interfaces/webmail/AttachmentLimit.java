package org.flutemail.interfaces.webmail;

/**
 * The largest attachment a user may upload: the system property
 * {@code flute.webmail.attachment.maxBytes} (a server setting, see wildfly-config), 50 MB when unset
 * or not a positive number. The HTTP request limit in wildfly-config must stay above it.
 */
final class AttachmentLimit {

    static final String PROPERTY = "flute.webmail.attachment.maxBytes";
    static final long DEFAULT_BYTES = 50L * 1024 * 1024;

    private AttachmentLimit() {
    }

    static long bytes() {
        return bytes(System.getProperty(PROPERTY));
    }

    static long bytes(String value) {
        try {
            long bytes = Long.parseLong(value == null ? "" : value.strip());
            return bytes > 0 ? bytes : DEFAULT_BYTES;
        } catch (NumberFormatException e) {
            return DEFAULT_BYTES;
        }
    }
}
