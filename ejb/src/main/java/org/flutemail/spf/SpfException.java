package org.flutemail.spf;

/** Ends an evaluation early with a temperror or permerror; caught in {@link SpfEvaluator}. */
final class SpfException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final SpfResult result;

    private SpfException(SpfResult result, String message) {
        super(message, null, false, false);
        this.result = result;
    }

    static SpfException perm(String message) {
        return new SpfException(SpfResult.PERMERROR, message);
    }

    static SpfException temp(String message) {
        return new SpfException(SpfResult.TEMPERROR, message);
    }
}
