package org.flutemail.domain;

/** What part of an arriving message a rule looks at. */
public enum RuleField {
    /** The From header's addresses and the envelope sender. */
    SENDER,
    /** The To and Cc headers' addresses and the envelope recipient. */
    RECIPIENT,
    /** The Subject, decoded (RFC 2047 words, raw GBK/Big5 bytes) to Unicode. */
    SUBJECT,
    /** The size in kilobytes (1024 octets), compared with {@link RuleOperator#GREATER_THAN}/{@code LESS_THAN}. */
    SIZE,
    /** A header field the rule names, decoded like the subject. */
    HEADER
}
