package org.flutemail.domain;

/**
 * Text a user's regular expression is matched against, which gives up after a budget of character
 * reads. A rule's pattern runs on the server for every arriving message; a pattern that backtracks
 * catastrophically ({@code (a+)+$}) must cost a bounded amount of work, not a delivery thread.
 */
final class BoundedText implements CharSequence {

    /** Far more reads than any sensible pattern needs on a header's length of text. */
    static final long BUDGET = 1_000_000;

    /** Thrown when the budget is spent; the rule then does not match. */
    static final class Exhausted extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("regular expression took too long", null, false, false);
        }
    }

    private final CharSequence text;
    private final long[] reads;

    BoundedText(CharSequence text) {
        this(text, new long[] {0});
    }

    private BoundedText(CharSequence text, long[] reads) {
        this.text = text;
        this.reads = reads;
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > BUDGET) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.subSequence(start, end), reads);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
