/**
 * The mail domain model: domains served here, accounts and aliases, mailboxes with their messages, and
 * the spool of accepted messages awaiting processing.
 *
 * <p>Entities carry JPA mapping annotations (as in Cargo Tracker) but nothing else from the platform:
 * no JMS, no EJB, no connector or web types. Repository interfaces live here; their JPA
 * implementations live in {@code org.flutemail.infrastructure.persistence}.
 */
package org.flutemail.domain;
