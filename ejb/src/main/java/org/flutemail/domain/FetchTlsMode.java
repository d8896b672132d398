package org.flutemail.domain;

/** Whether and how the connection to the outside server is encrypted. */
public enum FetchTlsMode {
    /** Clear text: for servers on a trusted network only. */
    NONE,
    /** A clear connection upgraded with STLS (POP3) or STARTTLS (IMAP) before login; refused if not offered. */
    STARTTLS,
    /** TLS from the first byte (POP3S, IMAPS). */
    IMPLICIT
}
