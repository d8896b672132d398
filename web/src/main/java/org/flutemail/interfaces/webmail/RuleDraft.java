package org.flutemail.interfaces.webmail;

import java.io.Serializable;
import java.util.List;
import org.flutemail.application.MailSettingsService.RuleView;

/** The rule being typed on the settings screen before it is added to the list. */
public class RuleDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS = List.of("SUBJECT", "SENDER", "RECIPIENT", "HEADER", "SIZE");
    static final List<String> OPERATORS = List.of("CONTAINS", "EQUALS", "MATCHES", "GREATER_THAN", "LESS_THAN");
    static final List<String> ACTIONS = List.of("MOVE", "MARK_READ", "FLAG", "FORWARD", "DELETE");

    private String field = "SUBJECT";
    private String headerName;
    private String operator = "CONTAINS";
    private String value;
    private String action = "MOVE";
    private String argument;
    private boolean stopProcessing;

    RuleView toView() {
        return new RuleView(field, headerName, operator, value, action, argument, stopProcessing);
    }

    void clear() {
        headerName = null;
        value = null;
        argument = null;
        stopProcessing = false;
    }

    public List<String> getFields() {
        return FIELDS;
    }

    public List<String> getOperators() {
        return OPERATORS;
    }

    public List<String> getActions() {
        return ACTIONS;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getHeaderName() {
        return headerName;
    }

    public void setHeaderName(String headerName) {
        this.headerName = headerName;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getArgument() {
        return argument;
    }

    public void setArgument(String argument) {
        this.argument = argument;
    }

    public boolean isStopProcessing() {
        return stopProcessing;
    }

    public void setStopProcessing(boolean stopProcessing) {
        this.stopProcessing = stopProcessing;
    }
}
