package org.flutemail.application;

import java.util.List;
import org.flutemail.application.Views.MailboxView;
import org.flutemail.application.Views.MessageContentRef;
import org.flutemail.application.Views.MessageView;

/** Reading an account's mailboxes, for administrators (and later webmail). */
public interface MailboxService {

    List<MailboxView> mailboxes(String address);

    List<MessageView> messages(String address, String mailbox);

    MessageContentRef content(String address, String mailbox, long uid);
}
