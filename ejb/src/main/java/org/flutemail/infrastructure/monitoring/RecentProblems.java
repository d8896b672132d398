package org.flutemail.infrastructure.monitoring;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Keeps the last warnings and errors the server logged, of every component (the mail code, the
 * container, the broker, the database pool), for the dashboard and JMX: an administrator who opens the
 * dashboard sees what went wrong lately without reading the log files. Attached to the root logger.
 */
final class RecentProblems extends Handler {

    /** One logged problem, its message cut to {@link #MAX_TEXT} characters. */
    record Problem(Instant at, String level, String logger, String text) {
        @Override
        public String toString() {
            return at + " " + level + " " + logger + ": " + text;
        }
    }

    static final int KEPT = 100;
    static final int MAX_TEXT = 500;

    private final Deque<Problem> kept = new ArrayDeque<>();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong warnings = new AtomicLong();
    private final SimpleFormatter formatter = new SimpleFormatter();

    RecentProblems() {
        setLevel(Level.WARNING);
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || record.getLevel().intValue() < Level.WARNING.intValue()) {
            return;
        }
        boolean error = record.getLevel().intValue() >= Level.SEVERE.intValue();
        (error ? errors : warnings).incrementAndGet();
        Problem problem = new Problem(record.getInstant(), error ? "ERROR" : "WARN",
                record.getLoggerName() == null ? "" : record.getLoggerName(), text(record));
        synchronized (kept) {
            if (kept.size() == KEPT) {
                kept.removeLast();
            }
            kept.addFirst(problem);
        }
    }

    /** The kept problems, newest first. */
    List<Problem> recent() {
        synchronized (kept) {
            return new ArrayList<>(kept);
        }
    }

    long errorsTotal() {
        return errors.get();
    }

    long warningsTotal() {
        return warnings.get();
    }

    private String text(LogRecord record) {
        String message = formatted(record);
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            Throwable root = thrown;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            message = message + " (" + root.getClass().getName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
        }
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() > MAX_TEXT ? oneLine.substring(0, MAX_TEXT) + "…" : oneLine;
    }

    /**
     * The server's log manager keeps printf-style messages ({@code %s}) that the JDK's formatter does
     * not fill in; its records say how to format themselves, found by name so this class needs no
     * compile-time dependency on it.
     */
    private String formatted(LogRecord record) {
        try {
            Method own = record.getClass().getMethod("getFormattedMessage");
            Object text = own.invoke(record);
            if (text != null) {
                return text.toString();
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a plain JDK record: the JDK's own formatting below
        }
        String text = formatter.formatMessage(record);
        return text == null ? "" : text;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
