/**
 * The contract between the resource adapter (which owns the sockets and speaks the protocols) and the
 * EJB side (which owns accounts, storage and the processing pipeline).
 *
 * <p>Everything here is plain Java: no Jakarta, no container types, so that the protocol code can be
 * unit-tested without a server and the EJBs can be tested without sockets. This jar sits in the EAR's
 * {@code lib/} so both the {@code .rar} and the EJB jar see the same classes.
 *
 * <p>One call on a listener interface is one unit of work (a recipient check, an accepted message),
 * never a whole TCP session: the adapter asks the container for an endpoint per call and releases it.
 */
package org.flutemail.connector.api;
