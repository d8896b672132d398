package org.flutemail.infrastructure.startup;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.flutemail.domain.SignupRequestRepository;

/**
 * Removes sign-up requests decided more than {@value #KEEP_DAYS} days ago (system property, default 30):
 * their password hashes and contact addresses are of no use once the account exists or was refused,
 * and the audit log keeps the decision. Once a day at a quiet hour; a missed run is the next day's.
 */
@Singleton
public class SignupExpiry {

    public static final String KEEP_DAYS = "flute.signup.keep-decided-days";

    private static final Logger LOG = Logger.getLogger(SignupExpiry.class.getName());

    @Inject
    SignupRequestRepository requests;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "29", persistent = false)
    void daily() {
        int removed = requests.removeDecidedBefore(clock.instant().minus(Duration.ofDays(
                Math.max(1, Integer.getInteger(KEEP_DAYS, 30)))));
        if (removed > 0) {
            LOG.info(() -> "removed " + removed + " decided sign-up requests");
        }
    }
}
