package org.flutemail.pipeline.builtin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.RecipientDsn;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.Mailet;
import org.flutemail.pipeline.RecipientStatus;

/**
 * Replaces each alias among the recipients by its targets, following aliases of aliases. Each final
 * address appears once, so a person reached through two aliases gets one copy. An alias that loops
 * fails for the recipient that named it; the others go on.
 *
 * <p>The sender's delivery-report requests (RFC 3461) follow the mail: an alias with one final target
 * hands that target its NOTIFY, and ORCPT names the address the sender used. An alias with several
 * targets hands them its requests for failures and delays only; a request for success is answered
 * here with an "expanded" report, so that the sender does not learn who is behind the alias.
 */
public final class ResolveAliases implements Mailet {

    /** Deeper nesting than any real configuration: past it the aliases point at each other. */
    static final int MAX_DEPTH = 10;

    private static final String OPTIONS = DeliveryOptions.class.getName();

    @Override
    public void service(Mail mail, MailetContext context) {
        Optional<DeliveryOptions> options = mail.attribute(OPTIONS, DeliveryOptions.class);
        Set<String> resolved = new LinkedHashSet<>();
        Map<String, RecipientDsn> inherited = new LinkedHashMap<>();
        for (String recipient : mail.recipients()) {
            Set<String> targets = new LinkedHashSet<>();
            try {
                expand(recipient, context, targets);
            } catch (MailetException e) {
                context.recordFailure(mail, List.of(recipient), e.status(), "resolve-aliases: " + e.getMessage());
                continue;
            }
            resolved.addAll(targets);
            if (options.isPresent() && !targets.equals(Set.of(recipient))) {
                passOn(options.get().forRecipient(recipient), recipient, targets, mail, context, inherited);
            }
        }
        mail.replaceRecipients(resolved);
        options.filter(o -> !inherited.isEmpty()).ifPresent(o -> mail.setAttribute(OPTIONS, o.inheriting(inherited)));
    }

    private static void passOn(RecipientDsn dsn, String alias, Set<String> targets, Mail mail, MailetContext context,
            Map<String, RecipientDsn> inherited) {
        String original = dsn.original().isEmpty() ? "rfc822;" + alias : dsn.original();
        boolean several = targets.size() > 1;
        if (several && dsn.wantsSuccess()) {
            context.recordExpansion(mail, alias);
        }
        RecipientDsn handed = several ? dsn.withoutSuccess(original) : new RecipientDsn(dsn.notifyOn(), original);
        for (String target : targets) {
            inherited.putIfAbsent(target, handed);
        }
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
                throw MailetException.withStatus("5.4.6", "alias " + address + " loops or nests deeper than "
                        + MAX_DEPTH + " levels (via " + String.join(" -> ", seenAliases) + ")");
            }
            for (String target : context.aliasTargets(item.address())) {
                todo.add(new Item(target, item.depth() + 1));
            }
        }
    }
}
