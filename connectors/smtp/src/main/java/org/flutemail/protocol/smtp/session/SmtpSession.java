package org.flutemail.protocol.smtp.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import org.flutemail.connector.api.AcceptedMessage;
import org.flutemail.connector.api.AuthVerdict;
import org.flutemail.connector.api.InboundMessage;
import org.flutemail.connector.api.MessageRefusedException;
import org.flutemail.connector.api.RecipientVerdict;
import org.flutemail.connector.api.ScramCredential;
import org.flutemail.connector.api.SenderVerdict;
import org.flutemail.connector.api.SmtpListener;
import org.flutemail.protocol.smtp.auth.Authenticator;
import org.flutemail.protocol.smtp.auth.SaslMechanisms;
import org.flutemail.protocol.smtp.codec.ContentFlaws;
import org.flutemail.protocol.smtp.command.Command;
import org.flutemail.protocol.smtp.command.CommandParser;
import org.flutemail.protocol.smtp.command.SyntaxException;
import org.flutemail.protocol.smtp.content.SpooledContent;
import org.flutemail.protocol.smtp.rate.RateLimit;
import org.flutemail.protocol.smtp.rate.SendingRates;
import org.flutemail.protocol.smtp.reply.Replies;
import org.flutemail.protocol.smtp.reply.Reply;

/**
 * The meaning of an SMTP dialogue (RFC 5321 section 4.1.4 sequencing, section 4.5.3 limits) and of
 * its ESMTP extensions: takes parsed input, asks the store through {@link SmtpListener}, and answers
 * with {@link Step}s. It does no I/O of its own, so every rule is testable with strings; STARTTLS and
 * BDAT are requests to the transport ({@link Step.Action}), and the transport reports back through
 * {@link #tlsEstablished} and {@link #endOfChunk}.
 *
 * <p>Every 5xx reply counts as an error, recipient and authentication refusals included, so that
 * guessing addresses or passwords costs a client its connection as quickly as sending garbage does.
 */
public final class SmtpSession implements AutoCloseable {

    private enum State { CONNECTED, GREETED, IN_TRANSACTION, READING_CONTENT, CHUNKING, CLOSED }

    private final SmtpConfig config;
    private final SmtpListener store;
    private final SendingRates rates;
    private final Clock clock;
    private final CommandParser parser = new CommandParser();
    private final List<SmtpExtension> extensions;
    private final SessionStats stats = new SessionStats();
    private final SessionFacts facts;
    private final AuthProcessor auth;
    private State state = State.CONNECTED;
    private MailTransaction transaction;
    private Command.Bdat chunk;
    private Reply chunkRefusal;

    /** An MX session without TLS or AUTH. */
    public SmtpSession(SmtpConfig config, SmtpListener store, String clientAddress, Clock clock) {
        this(config, ListenerPolicy.mx(false, false), new SaslMechanisms(List.of()), store, clientAddress, clock);
    }

    public SmtpSession(SmtpConfig config, ListenerPolicy policy, SaslMechanisms mechanisms, SmtpListener store,
            String clientAddress, Clock clock) {
        this(config, policy, mechanisms, store, SendingRates.UNLIMITED, clientAddress, clock);
    }

    /** @param rates the hourly sending limits, shared by every session of the node */
    public SmtpSession(SmtpConfig config, ListenerPolicy policy, SaslMechanisms mechanisms, SmtpListener store,
            SendingRates rates, String clientAddress, Clock clock) {
        this.config = config;
        this.store = store;
        this.rates = rates;
        this.clock = clock;
        this.facts = new SessionFacts(clientAddress, config.serverName(), policy);
        this.auth = new AuthProcessor(mechanisms, facts, new StoreAuthenticator());
        this.extensions = List.of(
                SmtpExtension.keyword("PIPELINING"),
                new SizeExtension(config.maxMessageSize()),
                new EightBitMimeExtension(),
                SmtpExtension.keyword("BINARYMIME"),
                SmtpExtension.keyword("CHUNKING"),
                new SmtpUtf8Extension(),
                new DsnExtension(),
                new StartTlsExtension(),
                new AuthExtension(mechanisms),
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
        if (auth.inProgress()) {
            return answer(auth.respond(line));
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
        auth.cancel();
        if (overCommandLimit()) {
            return closeWith(Replies.tooManyCommands(config.serverName()));
        }
        return answer(Replies.LINE_TOO_LONG);
    }

    /** Message content after 354 (unstuffed) or in a BDAT chunk (raw). */
    public void content(byte[] bytes, int offset, int length) {
        if (state == State.READING_CONTENT || chunk != null && chunkRefusal == null) {
            transaction.write(bytes, offset, length);
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

    /** The transport has passed on all octets of the chunk announced by the last BDAT. */
    public Step endOfChunk() {
        Command.Bdat done = chunk;
        Reply refusal = chunkRefusal;
        if (done == null) {
            throw new IllegalStateException("end of chunk without BDAT");
        }
        chunk = null;
        chunkRefusal = null;
        if (refusal != null) {
            return answer(refusal);
        }
        if (transaction.content().exceededLimit()) {
            endTransaction();
            return answer(Replies.MESSAGE_TOO_BIG);
        }
        if (!done.last()) {
            return answer(Replies.chunkReceived(done.size()));
        }
        try {
            return answer(finishMessage(ContentFlaws.NONE));
        } finally {
            endTransaction();
        }
    }

    /**
     * The TLS handshake after STARTTLS (or before the greeting, for implicit TLS) succeeded. RFC 3207
     * section 4.2: everything learnt before is forgotten and the client must start with EHLO again.
     */
    public void tlsEstablished(String description) {
        endTransaction();
        auth.cancel();
        facts.tlsEstablished(description);
        state = State.CONNECTED;
    }

    public Step idleTimeout() {
        return closeWith(Replies.idleTimeout(config.serverName()));
    }

    public SessionStats stats() {
        return stats;
    }

    public String clientName() {
        return facts.clientName();
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
        } else if (command instanceof Command.Auth authCommand) {
            return Step.reply(auth.start(authCommand, transaction != null));
        } else if (command instanceof Command.Bdat bdat) {
            return bdat(bdat);
        } else if (command instanceof Command.Bare bare) {
            return bare(bare.verb());
        }
        return Step.reply(query(((Command.Query) command).verb()));
    }

    private Reply hello(Command.Hello hello) {
        endTransaction();
        state = State.GREETED;
        facts.greeted(hello.clientName(), hello.extended());
        if (!hello.extended()) {
            return Reply.plain(250, config.serverName());
        }
        List<String> lines = new ArrayList<>();
        lines.add(config.serverName() + " Hello " + hello.clientName());
        offered().forEach(extension -> lines.add(extension.ehloLine()));
        return new Reply(250, "", lines);
    }

    private List<SmtpExtension> offered() {
        SessionSecurity security = facts.security();
        return extensions.stream().filter(extension -> extension.isOffered(security)).toList();
    }

    private Reply mail(Command.Mail mail) {
        if (state == State.CONNECTED) {
            return Replies.NEED_HELO;
        }
        if (transaction != null) {
            return Replies.NESTED_MAIL;
        }
        if (facts.policy().authRequired() && !facts.isAuthenticated()) {
            return Replies.AUTH_REQUIRED;
        }
        // Before the store is asked anything: a sender over its hourly count costs no endpoint call.
        Optional<RateLimit> overRate = rates.beforeMessage(facts.authenticatedUser(), facts.clientAddress());
        if (overRate.isPresent()) {
            return Replies.rateLimited(overRate.get().refusal());
        }
        MailTransaction opened = new MailTransaction(mail.sender());
        Optional<Reply> refused = applyParameters(mail.parameters(), SmtpExtension::ownsMailParameter,
                (extension, parameter) -> extension.applyMailParameter(parameter, opened));
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!opened.isSmtpUtf8() && isNonAscii(mail.sender())) {
            return Replies.NEED_SMTPUTF8;
        }
        SenderVerdict verdict = checkSender(mail.sender());
        if (!verdict.accepted()) {
            return VerdictReplies.forSender(verdict, mail.sender());
        }
        transaction = opened;
        state = State.IN_TRANSACTION;
        return Replies.SENDER_OK;
    }

    /**
     * Hands each parameter to the offered extension that claims it, stopping at the first refusal. A
     * parameter nobody claims is refused, and after HELO nobody claims any: parameters are ESMTP.
     */
    private Optional<Reply> applyParameters(List<Command.Parameter> parameters,
            BiPredicate<SmtpExtension, String> claims,
            BiFunction<SmtpExtension, Command.Parameter, Optional<Reply>> apply) {
        List<SmtpExtension> candidates = facts.isExtended() ? offered() : List.of();
        for (Command.Parameter parameter : parameters) {
            Optional<Reply> refusal = candidates.stream().filter(e -> claims.test(e, parameter.keyword())).findFirst()
                    .map(extension -> apply.apply(extension, parameter))
                    .orElseGet(() -> Optional.of(unsupported(parameter)));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static Reply unsupported(Command.Parameter parameter) {
        return Reply.of(555, "5.5.4", "Error: unsupported parameter " + parameter.keyword());
    }

    private static boolean isNonAscii(String address) {
        return address.chars().anyMatch(c -> c > 127);
    }

    private Reply rcpt(Command.Rcpt rcpt) {
        if (state != State.IN_TRANSACTION) {
            return state == State.CONNECTED ? Replies.NEED_HELO
                    : state == State.CHUNKING ? Replies.BAD_SEQUENCE : Replies.NEED_MAIL;
        }
        String address = rcpt.recipient();
        if (!transaction.isSmtpUtf8() && isNonAscii(address)) {
            return Replies.NEED_SMTPUTF8;
        }
        RecipientOptions options = new RecipientOptions();
        Optional<Reply> refused = applyParameters(rcpt.parameters(), SmtpExtension::ownsRcptParameter,
                (extension, parameter) -> extension.applyRcptParameter(parameter, options));
        if (refused.isPresent()) {
            return refused.get();
        }
        if (transaction.hasRecipient(address)) {
            return Replies.RECIPIENT_OK;
        }
        if (transaction.recipientCount() >= config.maxRecipients()) {
            return Replies.TOO_MANY_RECIPIENTS;
        }
        // At RCPT, not MAIL: only here is the number known that the hourly recipient count would reach.
        Optional<RateLimit> overRate = rates.beforeRecipient(facts.authenticatedUser(), transaction.recipientCount());
        if (overRate.isPresent()) {
            return Replies.rateLimited(overRate.get().refusal());
        }
        RecipientVerdict verdict = checkRecipient(address);
        if (verdict.accepted()) {
            transaction.addRecipient(address, options.toParameters());
            stats.recipientAccepted();
        }
        return VerdictReplies.forRecipient(verdict, address);
    }

    private RecipientVerdict checkRecipient(String address) {
        try {
            RecipientVerdict verdict = store.checkRecipient(address, transaction.declaredSize(), facts.info());
            return verdict != null ? verdict : RecipientVerdict.of(RecipientVerdict.Kind.TRY_LATER, "");
        } catch (RuntimeException e) {
            return RecipientVerdict.of(RecipientVerdict.Kind.TRY_LATER, "");
        }
    }

    private SenderVerdict checkSender(String sender) {
        try {
            SenderVerdict verdict = store.checkSender(sender, facts.info());
            return verdict != null ? verdict : SenderVerdict.of(SenderVerdict.Kind.TRY_LATER, "");
        } catch (RuntimeException e) {
            return SenderVerdict.of(SenderVerdict.Kind.TRY_LATER, "");
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
            case STARTTLS:
                return startTls();
            default:
                throw new IllegalArgumentException(verb.name());
        }
    }

    private Step data() {
        if (state == State.CHUNKING) {
            return Step.reply(Replies.DATA_AFTER_BDAT);
        }
        if (state != State.IN_TRANSACTION) {
            return Step.reply(state == State.CONNECTED ? Replies.NEED_HELO : Replies.NEED_MAIL);
        }
        if (transaction.recipientCount() == 0) {
            return Step.reply(Replies.NO_VALID_RECIPIENTS);
        }
        if (transaction.isBinary()) {
            return Step.reply(Replies.BINARY_NEEDS_BDAT);
        }
        transaction.startContent(newSpool(), false);
        state = State.READING_CONTENT;
        return new Step(List.of(Replies.START_DATA), Step.Action.START_DATA);
    }

    /**
     * RFC 3030: the chunk follows the command without waiting for a reply, so it is read whatever the
     * verdict; a refusal is only sent once the chunk is consumed.
     */
    private Step bdat(Command.Bdat bdat) {
        Reply refusal = null;
        if (state == State.CONNECTED) {
            refusal = Replies.NEED_HELO;
        } else if (state != State.IN_TRANSACTION && state != State.CHUNKING) {
            refusal = Replies.NEED_MAIL;
        } else if (transaction.recipientCount() == 0) {
            refusal = Replies.NO_VALID_RECIPIENTS;
        } else if (state == State.IN_TRANSACTION) {
            transaction.startContent(newSpool(), true);
            state = State.CHUNKING;
        }
        chunk = bdat;
        chunkRefusal = refusal;
        return Step.readChunk(bdat.size());
    }

    private SpooledContent newSpool() {
        return new SpooledContent(config.maxMessageSize(), config.memoryThreshold(), config.spoolDirectory());
    }

    private Step startTls() {
        if (facts.isTlsActive()) {
            return Step.reply(Replies.TLS_ACTIVE);
        }
        if (!facts.isStartTlsAvailable()) {
            return Step.reply(Replies.TLS_UNAVAILABLE);
        }
        if (state == State.CONNECTED) {
            return Step.reply(Replies.NEED_EHLO);
        }
        if (transaction != null) {
            return Step.reply(Replies.BAD_SEQUENCE);
        }
        return new Step(List.of(Replies.READY_FOR_TLS), Step.Action.START_TLS);
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
        if (flaws.bareLineEnd() || transaction.hasForbiddenLineEnds()) {
            return Replies.BARE_LINE_END;
        }
        if (content.failed()) {
            return Replies.NO_STORAGE;
        }
        if (transaction.hops() > config.maxHops()) {
            return Replies.TOO_MANY_HOPS;
        }
        InboundMessage message = new InboundMessage(facts.info(transaction.isSmtpUtf8()), transaction.sender(),
                transaction.recipients(), content.finish(), clock.instant(), transaction.parameters());
        try {
            AcceptedMessage accepted = store.accept(message);
            stats.messageAccepted(content.received());
            rates.accepted(facts.authenticatedUser(), facts.clientAddress(), transaction.recipientCount());
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
        if (state == State.IN_TRANSACTION || state == State.READING_CONTENT || state == State.CHUNKING) {
            state = State.GREETED;
        }
    }

    /** The store behind AUTH, asked with this session's facts; its failures become "try later". */
    private final class StoreAuthenticator implements Authenticator {
        @Override
        public AuthVerdict checkPassword(String user, String password) {
            try {
                AuthVerdict verdict = store.authenticate(user, password, facts.info());
                if (verdict == null) {
                    return AuthVerdict.of(AuthVerdict.Kind.TRY_LATER);
                }
                return verdict.succeeded() && verdict.identity().isEmpty() ? AuthVerdict.success(user) : verdict;
            } catch (RuntimeException e) {
                return AuthVerdict.of(AuthVerdict.Kind.TRY_LATER);
            }
        }

        @Override
        public ScramCredential scramCredential(String user) {
            return store.scramCredential(user);
        }
    }
}
