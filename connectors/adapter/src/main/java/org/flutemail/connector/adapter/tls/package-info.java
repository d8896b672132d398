/**
 * The server's TLS material: a certificate chain and private key as PEM files in one directory
 * ({@code server.crt.pem}, {@code server.key.pem}), a self-signed pair made on first start when there
 * is none, and an {@link javax.net.ssl.SSLContext} that follows the files when an administrator
 * replaces them. Only TLS 1.2 and 1.3 are enabled. Depends on the JDK only: the self-signed
 * certificate is encoded by hand ({@link org.flutemail.connector.adapter.tls.Der}) rather than with a
 * library, since it is one fixed structure.
 */
package org.flutemail.connector.adapter.tls;
