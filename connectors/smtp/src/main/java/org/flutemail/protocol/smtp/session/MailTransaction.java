package org.flutemail.protocol.smtp.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flutemail.protocol.smtp.content.SpooledContent;

/**
 * The envelope being built between MAIL and the end of DATA, and the content once DATA started.
 * Owns the content's spool file: {@link #close()} must run whatever way the transaction ends.
 */
public final class MailTransaction implements AutoCloseable {

    private final String sender;
    private final Set<String> recipients = new LinkedHashSet<>();
    private SpooledContent content;

    MailTransaction(String sender) {
        this.sender = sender;
    }

    public String sender() {
        return sender;
    }

    public List<String> recipients() {
        return new ArrayList<>(recipients);
    }

    public int recipientCount() {
        return recipients.size();
    }

    boolean hasRecipient(String address) {
        return recipients.contains(address);
    }

    void addRecipient(String address) {
        recipients.add(address);
    }

    void startContent(SpooledContent spool) {
        this.content = spool;
    }

    SpooledContent content() {
        return content;
    }

    @Override
    public void close() {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
