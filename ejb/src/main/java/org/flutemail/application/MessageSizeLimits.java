package org.flutemail.application;

import java.util.List;
import java.util.Optional;

/**
 * The largest message beyond the server's own ({@code SIZE}): the sender's class of service on
 * submission, and each recipient domain's limit.
 */
public interface MessageSizeLimits {

    /**
     * Why {@code size} octets are too many, or empty when they fit.
     *
     * @param authenticatedUser the submitting account, or null for mail from other servers
     */
    Optional<String> exceeded(String authenticatedUser, List<String> recipients, long size);
}
