package org.flutemail.it.imaptest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The IMAP server the scripts run against and who they log in as. Connections use STARTTLS on the
 * plain port or TLS from the first byte, trusting any certificate: the servers under test sign
 * their own.
 *
 * @param users the first logs in on every connection; the second is {@code $user2} for scripts that
 *              need another account (they are skipped when there is none)
 * @param readTimeout the longest wait for any response; a server that stays silent longer fails the
 *                    script instead of hanging the build
 * @param traceDir where each script's raw exchange is written, or null
 */
public record ImaptestTarget(String host, int port, Tls tls, List<Account> users, String mailbox,
        Duration readTimeout, Path traceDir) {

    public enum Tls { STARTTLS, IMPLICIT }

    public record Account(String user, String password) {

        String username() {
            int at = user.indexOf('@');
            return at < 0 ? user : user.substring(0, at);
        }

        String domain(String host) {
            int at = user.indexOf('@');
            return at < 0 ? host : user.substring(at + 1);
        }
    }

    public ImaptestTarget {
        users = List.copyOf(users);
        if (users.isEmpty()) {
            throw new IllegalArgumentException("at least one account is needed");
        }
    }

    public static ImaptestTarget startTls(String host, int port, List<Account> users) {
        return new ImaptestTarget(host, port, Tls.STARTTLS, users, "imaptest", Duration.ofSeconds(15), null);
    }

    /** The same target, writing each script's exchange to {@code dir}. */
    public ImaptestTarget tracedTo(Path dir) {
        return new ImaptestTarget(host, port, tls, users, mailbox, readTimeout, dir);
    }
}
