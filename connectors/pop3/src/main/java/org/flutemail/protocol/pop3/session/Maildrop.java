package org.flutemail.protocol.pop3.session;

import java.util.ArrayList;
import java.util.List;

import org.flutemail.connector.api.MaildropSnapshot;

/** The maildrop of a session in the TRANSACTION state: the messages of the snapshot and the deletion marks. */
final class Maildrop {

    private final List<MaildropSnapshot.Message> messages;
    private final boolean[] deleted;

    Maildrop(List<MaildropSnapshot.Message> messages) {
        this.messages = List.copyOf(messages);
        this.deleted = new boolean[messages.size()];
    }

    /** All messages, deleted ones included: message numbers never change in a session. */
    int size() {
        return messages.size();
    }

    MaildropSnapshot.Message message(int number) {
        return messages.get(number - 1);
    }

    boolean isDeleted(int number) {
        return deleted[number - 1];
    }

    void delete(int number) {
        deleted[number - 1] = true;
    }

    void undelete() {
        java.util.Arrays.fill(deleted, false);
    }

    /** Messages not marked deleted. */
    int count() {
        int count = 0;
        for (boolean d : deleted) {
            count += d ? 0 : 1;
        }
        return count;
    }

    long octets() {
        long octets = 0;
        for (int i = 0; i < deleted.length; i++) {
            octets += deleted[i] ? 0 : messages.get(i).size();
        }
        return octets;
    }

    List<Long> deletedIds() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < deleted.length; i++) {
            if (deleted[i]) {
                ids.add(messages.get(i).id());
            }
        }
        return ids;
    }
}
