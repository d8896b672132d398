package org.flutemail.protocol.smtp.session;

import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.protocol.smtp.reply.Reply;

/** The store's verdict on a recipient, as the RCPT reply RFC 5321 and RFC 3463 give it. */
final class RecipientReplies {

    private RecipientReplies() {
    }

    static Reply forVerdict(RecipientVerdict verdict, String address) {
        String prefix = "<" + address + ">: ";
        return switch (verdict.kind()) {
            case ACCEPT -> Reply.of(250, "2.1.5", "Ok");
            case UNKNOWN -> Reply.of(550, "5.1.1",
                    prefix + ReplyText.clean(verdict.detail(), "Recipient address rejected: user unknown"));
            case DISABLED -> Reply.of(550, "5.2.1",
                    prefix + ReplyText.clean(verdict.detail(), "Recipient address rejected: mailbox disabled"));
            case NOT_LOCAL -> Reply.of(550, "5.7.1",
                    prefix + ReplyText.clean(verdict.detail(), "Relay access denied"));
            case TRY_LATER -> Reply.of(451, "4.3.0",
                    prefix + ReplyText.clean(verdict.detail(), "Temporary failure, try again later"));
        };
    }
}
