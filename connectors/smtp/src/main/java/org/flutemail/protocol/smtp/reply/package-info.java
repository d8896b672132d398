/**
 * SMTP replies with RFC 3463 enhanced status codes, and the catalogue of the fixed ones, so each code
 * is chosen in one place. Depends on the JDK only.
 */
package org.flutemail.protocol.smtp.reply;
