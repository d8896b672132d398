package org.flutemail.protocol.smtp.session;

/** Counters for the one log line written when a session ends; no addresses or content. */
public final class SessionStats {

    private int commands;
    private int errors;
    private int recipientsAccepted;
    private int messagesAccepted;
    private int messagesRefused;
    private long bytesAccepted;

    void command() {
        commands++;
    }

    void error() {
        errors++;
    }

    void recipientAccepted() {
        recipientsAccepted++;
    }

    void messageAccepted(long size) {
        messagesAccepted++;
        bytesAccepted += size;
    }

    void messageRefused() {
        messagesRefused++;
    }

    public int commands() {
        return commands;
    }

    public int errors() {
        return errors;
    }

    public int recipientsAccepted() {
        return recipientsAccepted;
    }

    public int messagesAccepted() {
        return messagesAccepted;
    }

    public int messagesRefused() {
        return messagesRefused;
    }

    public long bytesAccepted() {
        return bytesAccepted;
    }

    @Override
    public String toString() {
        return "commands=" + commands + " errors=" + errors + " rcpts=" + recipientsAccepted
                + " accepted=" + messagesAccepted + " refused=" + messagesRefused + " bytes=" + bytesAccepted;
    }
}
