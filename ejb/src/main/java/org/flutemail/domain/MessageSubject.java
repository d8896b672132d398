package org.flutemail.domain;

/** A message's UID and its subject as the message row keeps it: decoded, clipped when very long, or null. */
public record MessageSubject(long uid, String subject) {
}
