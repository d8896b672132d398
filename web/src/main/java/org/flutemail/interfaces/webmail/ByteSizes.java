package org.flutemail.interfaces.webmail;

import java.text.NumberFormat;
import java.util.Locale;

/** Sizes in bytes written for people, in binary units (as mail programs show attachment sizes). */
final class ByteSizes {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private ByteSizes() {
    }

    static String format(long bytes, Locale locale) {
        double value = Math.max(0, bytes);
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit == 0 || value >= 10 ? 0 : 1);
        return number.format(value) + " " + UNITS[unit];
    }
}
