/**
 * Rendering server responses: status responses (tagged, untagged, continuation) and untagged data,
 * choosing atom, quoted string or literal for each string. Holds no session state beyond whether
 * UTF8=ACCEPT is on. Depends on {@code mailbox} and the JDK.
 */
package org.flutemail.protocol.imap.response;
