package org.flutemail.protocol.smtp.auth;

import java.util.Objects;

import org.flutemail.connector.api.AuthVerdict;

/** What a mechanism answers to one client response. */
public sealed interface SaslStep {

    /** Send this server challenge ({@code 334}) and wait for the next response. */
    record Challenge(byte[] data) implements SaslStep {
        public Challenge {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /** The exchange is over; the verdict says how. */
    record Done(AuthVerdict verdict) implements SaslStep {
        public Done {
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /** The client's response does not follow the mechanism's grammar. */
    record Malformed(String reason) implements SaslStep {
    }

    static SaslStep challenge(byte[] data) {
        return new Challenge(data);
    }

    static SaslStep failed() {
        return new Done(AuthVerdict.of(AuthVerdict.Kind.FAILURE));
    }
}
