/**
 * The structure of a stored message as IMAP addresses it: MIME parts by number, their headers and
 * bodies as byte ranges of the original octets, so that every FETCH answers with exact octets.
 */
package org.flutemail.protocol.imap.message;
