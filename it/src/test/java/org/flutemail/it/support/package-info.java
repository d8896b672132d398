/**
 * The integration-test harness: a Flute server as a process ({@link org.flutemail.it.support.FluteServer},
 * started per test class by {@link org.flutemail.it.support.FluteServerTest}), its database, and real
 * clients to talk to it (the REST client {@link org.flutemail.it.support.FluteApi}, python smtplib, swaks,
 * Jakarta Mail and a raw-socket SMTP client). It depends on nothing from the server's own code: the
 * tests see Flute only through its sockets.
 */
package org.flutemail.it.support;
