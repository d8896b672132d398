package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * One of an account's delivery rules: if a field of the arriving message compares true with a value,
 * do an action; {@code stopProcessing} skips the rules after it when it matched. Rules run in their
 * order on the server, at delivery, whichever client the user reads with.
 */
@Embeddable
public class MailRule {

    public static final int MAX_VALUE = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 20)
    private RuleField field;

    @Column(name = "header_name", length = 100)
    private String headerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", nullable = false, length = 20)
    private RuleOperator operator;

    @Column(name = "match_value", nullable = false, length = MAX_VALUE)
    private String value;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private RuleAction action;

    @Column(name = "action_argument", length = MAX_VALUE)
    private String argument;

    @Column(name = "stop_processing", nullable = false)
    private boolean stopProcessing;

    protected MailRule() {
    }

    /** @throws InvalidRequestException for a rule that could never work as written */
    public MailRule(RuleField field, String headerName, RuleOperator operator, String value, RuleAction action,
            String argument, boolean stopProcessing) {
        if (field == null || operator == null || action == null || value == null || value.isBlank()
                || value.length() > MAX_VALUE) {
            throw new InvalidRequestException("a rule needs a field, a comparison, a value of at most " + MAX_VALUE
                    + " characters and an action");
        }
        if ((field == RuleField.SIZE) != operator.numeric()) {
            throw new InvalidRequestException("the size is compared with greater than / less than, text otherwise");
        }
        if (field == RuleField.SIZE && !value.strip().matches("\\d{1,9}")) {
            throw new InvalidRequestException("a size is a whole number of kilobytes");
        }
        if (field == RuleField.HEADER && (headerName == null || !headerName.strip().matches("[!-9;-~]{1,100}"))) {
            throw new InvalidRequestException("a header rule needs the header's name");
        }
        if (operator == RuleOperator.MATCHES) {
            try {
                RuleOperator.pattern(value);
            } catch (PatternSyntaxException e) {
                throw new InvalidRequestException("not a regular expression: " + value);
            }
        }
        boolean needsArgument = action == RuleAction.MOVE || action == RuleAction.FORWARD;
        if (needsArgument && (argument == null || argument.isBlank() || argument.length() > MAX_VALUE)) {
            throw new InvalidRequestException("moving needs a folder and forwarding an address");
        }
        this.field = field;
        this.headerName = field == RuleField.HEADER ? headerName.strip() : null;
        this.operator = operator;
        this.value = field == RuleField.SIZE ? value.strip() : value;
        this.action = action;
        this.argument = needsArgument ? argument.strip() : null;
        this.stopProcessing = stopProcessing;
    }

    public boolean matches(IncomingMail mail) {
        return switch (field) {
            case SIZE -> operator.test(mail.size() / 1024, Long.parseLong(value));
            case SUBJECT -> operator.test(mail.subject(), value);
            case HEADER -> mail.header(headerName).stream().anyMatch(v -> operator.test(v, value));
            case SENDER -> anyMatches(withEnvelope(mail.from(), mail.envelopeSender()));
            case RECIPIENT -> anyMatches(withEnvelope(mail.toAndCc(), mail.recipient()));
        };
    }

    private boolean anyMatches(List<String> addresses) {
        return addresses.stream().anyMatch(a -> operator.test(a, value));
    }

    private static List<String> withEnvelope(List<String> fromHeaders, String envelope) {
        List<String> all = new ArrayList<>(fromHeaders);
        if (!envelope.isEmpty()) {
            all.add(envelope);
        }
        return all;
    }

    public RuleField field() {
        return field;
    }

    public String headerName() {
        return headerName;
    }

    public RuleOperator operator() {
        return operator;
    }

    public String value() {
        return value;
    }

    public RuleAction action() {
        return action;
    }

    public String argument() {
        return argument;
    }

    public boolean stopProcessing() {
        return stopProcessing;
    }
}
