package org.flutemail.interfaces.admin;

import org.flutemail.domain.InvalidRequestException;

/** Sizes typed on the screens in KiB or MiB (what administrators think in), stored in octets. */
final class SizeUnits {

    static final long KIB = 1024;
    static final long MIB = 1024 * KIB;

    private SizeUnits() {
    }

    /** Null stays null (no limit); a negative number stays negative, for the domain to refuse in its words. */
    static Long octets(Long units, long unit) {
        if (units == null) {
            return null;
        }
        if (Math.abs(units) > Long.MAX_VALUE / unit) {
            throw new InvalidRequestException(units + " is more than any storage holds");
        }
        return units * unit;
    }

    /** Whole units, rounded down; null stays null. */
    static Long units(Long octets, long unit) {
        return octets == null ? null : octets / unit;
    }
}
