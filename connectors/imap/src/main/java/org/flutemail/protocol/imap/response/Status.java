package org.flutemail.protocol.imap.response;

/** The condition of a status response (RFC 9051 section 7.1). */
public enum Status { OK, NO, BAD, PREAUTH, BYE }
