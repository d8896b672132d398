package org.flutemail.protocol.smtp.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flutemail.connector.api.AcceptedMessage;
import org.flutemail.connector.api.InboundMessage;
import org.flutemail.connector.api.MessageRefusedException;
import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.connector.api.SessionInfo;
import org.flutemail.connector.api.SmtpListener;
import org.flutemail.protocol.smtp.codec.ContentFlaws;
import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.command.CommandParser;
import org.flutemail.protocol.smtp.command.SyntaxException;
import org.flutemail.protocol.smtp.content.SpooledContent;
import org.flutemail.protocol.smtp.reply.Replies;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * The meaning of an SMTP dialogue (RFC 5321 section 4.1.4 sequencing, section 4.5.3 limits): takes
 * parsed input, asks the store through {@link SmtpListener}, and answers with {@link Step}s. It does
 * no I/O of its own, so every rule is testable with strings.
 *
 * <p>Every 5xx reply counts as an error, recipient refusals included, so that guessing addresses
 * costs a client its connection as quickly as sending garbage does.
 */
public final class SmtpSession implements AutoCloseable {

    private enum State { CONNECTED, GREETED, IN_TRANSACTION, READING_CONTENT, CLOSED }

    private final SmtpConfig config;
    private final SmtpListener store;
    private final String clientAddress;
    private final Clock clock;
    private final CommandParser parser = new CommandParser();
    private final List<SmtpExtension> extensions;
    private final SessionStats stats = new SessionStats();
    private State state = State.CONNECTED;
    private String clientName = "";
    private boolean extended;
    private MailTransaction transaction;

    public SmtpSession(SmtpConfig config, SmtpListener store, String clientAddress, Clock clock) {
        this.config = config;
        this.store = store;
        this.clientAddress = clientAddress;
        this.clock = clock;
        this.extensions = List.of(
                SmtpExtension.keyword("PIPELINING"),
                new SizeExtension(config.maxMessageSize()),
                new EightBitMimeExtension(),
                SmtpExtension.keyword("ENHANCEDSTATUSCODES"),
                SmtpExtension.keyword("HELP"));
    }

    public Step greet() {
        return Step.reply(Reply.plain(220, config.serverName() + " ESMTP Flute"));
    }

    public Step command(String line) {
        if (state == State.CLOSED) {
            return Step.none();
        }
        if (overCommandLimit()) {
            return closeWith(Replies.tooManyCommands(config.serverName()));
        }
        try {
            return answer(dispatch(parser.parse(line)));
        } catch (SyntaxException e) {
            return answer(e.reply());
        }
    }

    public Step lineTooLong() {
        if (state == State.CLOSED) {
            return Step.none();
        }
        if (overCommandLimit()) {
            return closeWith(Replies.tooManyCommands(config.serverName()));
        }
        return answer(Replies.LINE_TOO_LONG);
    }

    /** Message content after 354, as the decoder unstuffed it. */
    public void content(byte[] bytes, int offset, int length) {
        if (state == State.READING_CONTENT) {
            transaction.content().write(bytes, offset, length);
        }
    }

    public Step endOfData(ContentFlaws flaws) {
        if (state != State.READING_CONTENT) {
            throw new IllegalStateException("end of data outside DATA");
        }
        try {
            return answer(finishMessage(flaws));
        } finally {
            endTransaction();
        }
    }

    public Step idleTimeout() {
        return closeWith(Replies.idleTimeout(config.serverName()));
    }

    public SessionStats stats() {
        return stats;
    }

    public String clientName() {
        return clientName;
    }

    /** Drops whatever transaction is open, deleting its spooled content. */
    @Override
    public void close() {
        endTransaction();
        state = State.CLOSED;
    }

    private Step dispatch(Command command) {
        if (command instanceof Command.Hello hello) {
            return Step.reply(hello(hello));
        } else if (command instanceof Command.Mail mail) {
            return Step.reply(mail(mail));
        } else if (command instanceof Command.Rcpt rcpt) {
            return Step.reply(rcpt(rcpt));
        } else if (command instanceof Command.Bare bare) {
            return bare(bare.verb());
        }
        return Step.reply(query(((Command.Query) command).verb()));
    }

    private Reply hello(Command.Hello hello) {
        endTransaction();
        state = State.GREETED;
        clientName = hello.clientName();
        extended = hello.extended();
        if (!extended) {
            return Reply.plain(250, config.serverName());
        }
        List<String> lines = new ArrayList<>();
        lines.add(config.serverName() + " Hello " + clientName);
        extensions.forEach(extension -> lines.add(extension.ehloLine()));
        return new Reply(250, "", lines);
    }

    private Reply mail(Command.Mail mail) {
        if (state == State.CONNECTED) {
            return Replies.NEED_HELO;
        }
        if (state == State.IN_TRANSACTION) {
            return Replies.NESTED_MAIL;
        }
        MailTransaction opened = new MailTransaction(mail.sender());
        for (Command.Parameter parameter : mail.parameters()) {
            Optional<Reply> refusal = applyParameter(parameter, opened);
            if (refusal.isPresent()) {
                return refusal.get();
            }
        }
        transaction = opened;
        state = State.IN_TRANSACTION;
        return Replies.SENDER_OK;
    }

    private Optional<Reply> applyParameter(Command.Parameter parameter, MailTransaction opened) {
        Optional<SmtpExtension> owner = extended
                ? extensions.stream().filter(e -> e.ownsMailParameter(parameter.keyword())).findFirst()
                : Optional.empty();
        if (owner.isEmpty()) {
            return Optional.of(unsupported(parameter));
        }
        return owner.get().applyMailParameter(parameter, opened);
    }

    private static Reply unsupported(Command.Parameter parameter) {
        return Reply.of(555, "5.5.4", "Error: unsupported parameter " + parameter.keyword());
    }

    private Reply rcpt(Command.Rcpt rcpt) {
        if (state != State.IN_TRANSACTION) {
            return state == State.CONNECTED ? Replies.NEED_HELO : Replies.NEED_MAIL;
        }
        if (!rcpt.parameters().isEmpty()) {
            return unsupported(rcpt.parameters().get(0));
        }
        String address = rcpt.recipient();
        if (transaction.hasRecipient(address)) {
            return Replies.RECIPIENT_OK;
        }
        if (transaction.recipientCount() >= config.maxRecipients()) {
            return Replies.TOO_MANY_RECIPIENTS;
        }
        RecipientVerdict verdict = checkRecipient(address);
        if (verdict.accepted()) {
            transaction.addRecipient(address);
            stats.recipientAccepted();
        }
        return RecipientReplies.forVerdict(verdict, address);
    }

    private RecipientVerdict checkRecipient(String address) {
        try {
            return store.checkRecipient(address, sessionInfo());
        } catch (RuntimeException e) {
            return RecipientVerdict.of(RecipientVerdict.Kind.TRY_LATER, "");
        }
    }

    private Step bare(Command.Verb verb) {
        switch (verb) {
            case DATA:
                return data();
            case RSET:
                endTransaction();
                return Step.reply(Replies.OK);
            case QUIT:
                return closeWith(Replies.closing(config.serverName()));
            default:
                throw new IllegalArgumentException(verb.name());
        }
    }

    private Step data() {
        if (state != State.IN_TRANSACTION) {
            return Step.reply(state == State.CONNECTED ? Replies.NEED_HELO : Replies.NEED_MAIL);
        }
        if (transaction.recipientCount() == 0) {
            return Step.reply(Replies.NO_VALID_RECIPIENTS);
        }
        transaction.startContent(new SpooledContent(
                config.maxMessageSize(), config.memoryThreshold(), config.spoolDirectory()));
        state = State.READING_CONTENT;
        return new Step(List.of(Replies.START_DATA), Step.Action.START_DATA);
    }

    private Reply query(Command.Verb verb) {
        switch (verb) {
            case NOOP:
                return Replies.OK;
            case HELP:
                return Replies.HELP;
            case VRFY:
                return Replies.CANNOT_VRFY;
            case EXPN:
                return Replies.EXPN_DISABLED;
            default:
                throw new IllegalArgumentException(verb.name());
        }
    }

    private Reply finishMessage(ContentFlaws flaws) {
        SpooledContent content = transaction.content();
        if (content.exceededLimit()) {
            return Replies.MESSAGE_TOO_BIG;
        }
        if (flaws.bareLineEnd()) {
            return Replies.BARE_LINE_END;
        }
        if (content.failed()) {
            return Replies.NO_STORAGE;
        }
        InboundMessage message = new InboundMessage(sessionInfo(), transaction.sender(),
                transaction.recipients(), content.finish(), clock.instant());
        try {
            AcceptedMessage accepted = store.accept(message);
            stats.messageAccepted(content.received());
            return Replies.queued(ReplyText.clean(accepted.queueId(), "?"));
        } catch (MessageRefusedException e) {
            stats.messageRefused();
            return e.isPermanent()
                    ? Reply.of(554, "5.7.0", ReplyText.clean(e.getMessage(), "Message refused"))
                    : Reply.of(451, "4.7.0", ReplyText.clean(e.getMessage(), "Message deferred"));
        } catch (RuntimeException e) {
            stats.messageRefused();
            return Replies.TRY_LATER;
        }
    }

    private SessionInfo sessionInfo() {
        return new SessionInfo(clientAddress, clientName, config.serverName(), extended ? "ESMTP" : "SMTP", "", "",
                SessionInfo.Listener.MX);
    }

    /** Counts errors and turns the last one allowed into a closing 421. */
    private Step answer(Reply reply) {
        return answer(Step.reply(reply));
    }

    private Step answer(Step step) {
        for (Reply reply : step.replies()) {
            if (reply.isPermanentFailure()) {
                stats.error();
            }
        }
        if (stats.errors() >= config.maxErrors() && step.action() != Step.Action.CLOSE) {
            List<Reply> replies = new ArrayList<>(step.replies());
            replies.add(Replies.tooManyErrors(config.serverName()));
            close();
            return new Step(replies, Step.Action.CLOSE);
        }
        return step;
    }

    private boolean overCommandLimit() {
        stats.command();
        return stats.commands() > config.maxCommands();
    }

    private Step closeWith(Reply reply) {
        close();
        return Step.close(reply);
    }

    private void endTransaction() {
        if (transaction != null) {
            transaction.close();
            transaction = null;
        }
        if (state == State.IN_TRANSACTION || state == State.READING_CONTENT) {
            state = State.GREETED;
        }
    }
}
