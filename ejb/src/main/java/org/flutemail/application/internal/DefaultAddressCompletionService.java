package org.flutemail.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flutemail.application.AddressCompletionService;
import org.flutemail.application.DomainAddressBookService;
import org.flutemail.application.DomainAddressBookService.EntryView;
import org.flutemail.domain.Account;
import org.flutemail.domain.Contact;
import org.flutemail.domain.ContactGroup;
import org.flutemail.domain.ContactRepository;

/**
 * Offers groups first (they are few and stand for many), then personal contacts, then the domain's
 * address book; an address offered once is not offered again.
 */
@Stateless
public class DefaultAddressCompletionService implements AddressCompletionService {

    /** What RFC 5322 does not allow in an unquoted phrase. */
    private static final String SPECIALS = "()<>[]:;@\\,.\"";

    @Inject
    ContactRepository contacts;

    @Inject
    DomainAddressBookService domainBook;

    @Inject
    Lookups lookups;

    @Override
    public List<Suggestion> complete(String account, String prefix, int limit) {
        String typed = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || limit <= 0) {
            return List.of();
        }
        Account owner = lookups.account(account);
        List<Suggestion> found = new ArrayList<>();
        for (ContactGroup g : contacts.groups(owner)) {
            if (g.name().toLowerCase(Locale.ROOT).startsWith(typed)) {
                found.add(new Suggestion(g.name() + " (" + g.members().size() + ")", g.name() + ":;"));
            }
        }
        Map<String, Suggestion> byAddress = new LinkedHashMap<>();
        for (Contact c : contacts.matching(owner, typed, limit)) {
            for (String address : c.addresses()) {
                if (starts(c.name(), typed) || address.startsWith(typed)) {
                    byAddress.putIfAbsent(address, suggestion(c.name(), address));
                }
            }
        }
        String domain = owner.address().substring(owner.address().indexOf('@') + 1);
        for (EntryView e : domainBook.book(domain)) {
            if (starts(e.name(), typed) || e.address().startsWith(typed)) {
                byAddress.putIfAbsent(e.address(), suggestion(e.name(), e.address()));
            }
        }
        found.addAll(byAddress.values());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private static boolean starts(String name, String typed) {
        return name != null && name.toLowerCase(Locale.ROOT).startsWith(typed);
    }

    /**
     * "Name &lt;address&gt;"; the name is quoted only when it holds a character that ends or splits a
     * phrase (Jakarta Mail would also quote any Chinese name, which nobody types).
     */
    private static Suggestion suggestion(String name, String address) {
        String value;
        if (name == null || name.isBlank()) {
            value = address;
        } else if (name.chars().noneMatch(c -> SPECIALS.indexOf(c) >= 0 || Character.isISOControl(c))) {
            value = name.strip() + " <" + address + ">";
        } else {
            try {
                value = new InternetAddress(address, name, "UTF-8").toUnicodeString();
            } catch (UnsupportedEncodingException e) {
                value = address;
            }
        }
        return new Suggestion(value, value);
    }
}
