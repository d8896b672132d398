package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Optional;
import org.flutemail.application.ComposeViews.Composition;
import org.flutemail.domain.Account;
import org.flutemail.domain.Contact;
import org.flutemail.domain.ContactRepository;

/**
 * Expands the sender's address groups in To, Cc and Bcc into their members' first addresses, as they
 * are at the moment it is called: the compose service calls it when a message is submitted, so a
 * message scheduled for later goes to the group as it is then.
 */
@ApplicationScoped
class RecipientGroups {

    @Inject
    ContactRepository contacts;

    /** In a transaction of its own when the caller has none (compose sends without one): members load lazily. */
    @Transactional
    public Composition expand(Account sender, Composition message) {
        String to = GroupRecipients.expand(message.to(), name -> members(sender, name));
        String cc = GroupRecipients.expand(message.cc(), name -> members(sender, name));
        String bcc = GroupRecipients.expand(message.bcc(), name -> members(sender, name));
        return new Composition(to, cc, bcc, message.subject(), message.plainText(), message.html(),
                message.attachments(), message.readReceipt(), message.inReplyTo(), message.references(),
                message.draftUid());
    }

    private Optional<List<String>> members(Account sender, String group) {
        return contacts.groupNamed(sender, group).map(g -> g.members().stream().map(RecipientGroups::mailbox).toList());
    }

    private static String mailbox(Contact member) {
        try {
            return new InternetAddress(member.addresses().get(0), member.name(), "UTF-8").toUnicodeString();
        } catch (UnsupportedEncodingException e) {
            return member.addresses().get(0);
        }
    }
}
