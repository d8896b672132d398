/** TLS trust for Flute's own client connections to outside mail servers. */
package org.flutemail.infrastructure.tls;
