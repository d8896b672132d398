package org.flutemail.protocol.smtp.session;

import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.connector.api.SenderVerdict;
import org.flutemail.protocol.smtp.reply.Reply;

/** The store's verdicts on senders and recipients, as the replies RFC 5321 and RFC 3463 give them. */
final class VerdictReplies {

    private VerdictReplies() {
    }

    static Reply forRecipient(RecipientVerdict verdict, String address) {
        String detail = verdict.detail();
        return switch (verdict.kind()) {
            case ACCEPT -> Reply.of(250, "2.1.5", "Ok");
            case UNKNOWN -> about(550, "5.1.1", address, detail, "Recipient address rejected: user unknown");
            case DISABLED -> about(550, "5.2.1", address, detail, "Recipient address rejected: mailbox disabled");
            case NOT_LOCAL -> about(550, "5.7.1", address, detail, "Relay access denied");
            case TOO_BIG -> about(552, "5.3.4", address, detail, "Message size exceeds the recipient's limit");
            case MAILBOX_FULL -> about(452, "4.2.2", address, detail, "Mailbox full");
            case TRY_LATER -> about(451, "4.3.0", address, detail, "Temporary failure, try again later");
        };
    }

    static Reply forSender(SenderVerdict verdict, String address) {
        String detail = verdict.detail();
        return switch (verdict.kind()) {
            case ACCEPT -> Reply.of(250, "2.1.0", "Ok");
            case NOT_OWNED -> about(553, "5.7.1", address, detail, "Sender address not owned by authenticated user");
            case TRY_LATER -> about(451, "4.3.0", address, detail, "Temporary failure, try again later");
        };
    }

    private static Reply about(int code, String status, String address, String detail, String fallback) {
        return Reply.of(code, status, "<" + address + ">: " + ReplyText.clean(detail, fallback));
    }
}
