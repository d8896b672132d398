/** TLS trust and connection settings for Flute's own client connections to outside mail servers. */
package org.flutemail.infrastructure.tls;
