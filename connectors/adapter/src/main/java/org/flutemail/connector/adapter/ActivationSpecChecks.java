package org.flutemail.connector.adapter;

import jakarta.resource.spi.InvalidPropertyException;

/** The checks every listener activation spec makes of its bind address and ports. */
final class ActivationSpecChecks {

    private ActivationSpecChecks() {
    }

    /** A port of 0 or less disables its listener, so only missing or too large values are wrong. */
    static void validate(String bindAddress, Integer... ports) throws InvalidPropertyException {
        for (Integer value : ports) {
            if (value == null || value > 65535) {
                throw new InvalidPropertyException("port out of range: " + value);
            }
        }
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new InvalidPropertyException("bindAddress is empty");
        }
    }
}
