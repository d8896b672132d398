/**
 * DNS as mail authentication needs it (SPF, DKIM): a small look-up interface that answers with data or
 * "nothing there", and says "try later" by exception. Pure Java, so SPF and DKIM are tested against an
 * in-memory zone; the dnsjava implementation lives in {@code org.flutemail.infrastructure.dns}.
 */
package org.flutemail.dns;
