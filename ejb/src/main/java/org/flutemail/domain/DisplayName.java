package org.flutemail.domain;

/**
 * The name a person gives themselves, shown as the phrase of their From address. It ends up in a
 * header field, so line breaks and other control characters are refused rather than quietly dropped,
 * and its length is that of the column it is kept in.
 */
public final class DisplayName {

    public static final int MAX_LENGTH = 200;

    private DisplayName() {
    }

    /**
     * The name trimmed, or null for none (blank).
     *
     * @throws InvalidRequestException for control characters or more than {@link #MAX_LENGTH} characters
     */
    public static String of(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String name = typed.strip();
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("a display name cannot contain line breaks or control characters");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidRequestException("a display name has at most " + MAX_LENGTH + " characters");
        }
        return name;
    }
}
