package org.flutemail.application.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.flutemail.domain.Mailbox;
import org.flutemail.domain.MessageRepository;

/**
 * A mailbox as the kept fields ({@link KeptFields}) see the database: its row, the tombstones of its
 * removals, and the queries asked, for the tests of {@link SubjectIndex} and {@link AddressIndex}.
 */
final class KeptMailbox {

    final Mailbox mailbox = new Mailbox(null, "INBOX", null, 7);
    final List<String> queries = new ArrayList<>();
    private final TreeMap<Long, Long> tombstones = new TreeMap<>();

    KeptMailbox() {
        try {
            Field id = Mailbox.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(mailbox, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The UID of a message just stored, as delivery moves the row on. */
    long delivered() {
        long uid = mailbox.allocateUid(0);
        mailbox.nextModseq();
        return uid;
    }

    /** Leaves the tombstone of a removal, as {@link MessageRepository#removeByUid} does. */
    void expunged(long uid) {
        tombstones.put(uid, mailbox.nextModseq());
    }

    /** The tombstones, and {@code other}'s answer (method name and arguments) to anything else. */
    MessageRepository messages(BiFunction<String, Object[], Object> other) {
        return (MessageRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MessageRepository.class}, (proxy, method, args) -> {
                    queries.add(method.getName());
                    if (method.getName().equals("expungedSince")) {
                        long since = (Long) args[1];
                        return tombstones.entrySet().stream().filter(e -> e.getValue() > since)
                                .map(e -> e.getKey()).toList();
                    }
                    return other.apply(method.getName(), args);
                });
    }
}
