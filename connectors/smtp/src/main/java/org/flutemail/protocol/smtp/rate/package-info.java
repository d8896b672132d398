/**
 * Hourly sending rates: how many messages an authenticated account or an unauthenticated client
 * address had accepted in the last hour, and how many recipients an account reached, counted in memory
 * per node. Pure Java like the rest of the protocol module: the session asks {@link
 * org.flutemail.protocol.smtp.rate.SendingRates} before MAIL and RCPT and reports each accepted message;
 * the resource adapter owns the one instance shared by its listeners and sets its limits.
 */
package org.flutemail.protocol.smtp.rate;
