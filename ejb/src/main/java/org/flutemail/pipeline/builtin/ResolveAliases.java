package org.flutemail.pipeline.builtin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.Mailet;
import org.flutemail.pipeline.RecipientStatus;

/**
 * Replaces each alias among the recipients by its targets, following aliases of aliases. Each final
 * address appears once, so a person reached through two aliases gets one copy.
 */
public final class ResolveAliases implements Mailet {

    /** Deeper nesting than any real configuration: past it the aliases point at each other. */
    static final int MAX_DEPTH = 10;

    @Override
    public void service(Mail mail, MailetContext context) throws MailetException {
        Set<String> resolved = new LinkedHashSet<>();
        for (String recipient : mail.recipients()) {
            expand(recipient, context, resolved);
        }
        mail.replaceRecipients(resolved);
    }

    private static void expand(String address, MailetContext context, Set<String> out) throws MailetException {
        record Item(String address, int depth) {
        }
        Deque<Item> todo = new ArrayDeque<>();
        Set<String> seenAliases = new LinkedHashSet<>();
        todo.add(new Item(address, 0));
        while (!todo.isEmpty()) {
            Item item = todo.poll();
            if (context.statusOf(item.address()) != RecipientStatus.ALIAS) {
                out.add(item.address());
                continue;
            }
            if (item.depth() >= MAX_DEPTH || !seenAliases.add(item.address())) {
                throw MailetException.withStatus("5.4.6", "alias " + address + " loops or nests deeper than " + MAX_DEPTH
                        + " levels (via " + String.join(" -> ", seenAliases) + ")");
            }
            for (String target : context.aliasTargets(item.address())) {
                todo.add(new Item(target, item.depth() + 1));
            }
        }
    }
}
