package org.flutemail.connector.adapter.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The server's {@link SSLContext}, rebuilt when the PEM files change: an administrator (or the REST
 * call that installs a certificate) replaces the files and the next connections use them, without a
 * restart. The files' modification times are looked at on new connections, at most once per
 * {@code checkInterval}, so a busy server does not stat files for every client.
 *
 * <p>A pair that cannot be loaded (a key that does not match, a file half-copied by hand) is logged
 * and the previous context stays in use; with none at all, TLS is unavailable and STARTTLS is not
 * offered. Connections already open keep the context they started with.
 */
public final class ReloadingTlsContext {

    private static final Logger LOG = Logger.getLogger(ReloadingTlsContext.class.getName());
    private static final char[] IN_MEMORY_PASSWORD = new char[0];

    private record Loaded(SSLContext context, FileTime certificateTime, FileTime keyTime) {
    }

    private final TlsFiles files;
    private final long checkIntervalNanos;
    private volatile Loaded loaded;
    private volatile long nextCheck;
    private String lastFailure;

    /**
     * The context of a listening service: makes a self-signed certificate for {@code hostName} first if
     * none is installed (on failure, TLS stays unavailable until one is), then loads and watches the files.
     */
    public static ReloadingTlsContext forServer(TlsFiles files, String hostName, Duration checkInterval) {
        try {
            files.createSelfSignedIfAbsent(hostName);
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            LOG.log(java.util.logging.Level.SEVERE, "cannot create a self-signed TLS certificate in "
                    + files.directory() + "; TLS stays unavailable until one is installed", e);
        }
        return new ReloadingTlsContext(files, checkInterval);
    }

    public ReloadingTlsContext(TlsFiles files, Duration checkInterval) {
        this.files = files;
        this.checkIntervalNanos = checkInterval.toNanos();
        this.nextCheck = System.nanoTime();
    }

    /** The context for a new connection, reloaded first if the files changed; empty without TLS. */
    public Optional<SSLContext> current() {
        // Before the first load, wait for it (on the lock) rather than see no context while it runs.
        if (System.nanoTime() - nextCheck >= 0 || loaded == null) {
            refresh();
        }
        Loaded now = loaded;
        return now == null ? Optional.empty() : Optional.of(now.context());
    }

    private synchronized void refresh() {
        long now = System.nanoTime();
        if (now - nextCheck < 0) {
            return;
        }
        nextCheck = now + checkIntervalNanos;
        FileTime certificateTime;
        FileTime keyTime;
        try {
            certificateTime = Files.getLastModifiedTime(files.certificateFile());
            keyTime = Files.getLastModifiedTime(files.keyFile());
        } catch (IOException e) {
            warnOnce("TLS files missing in " + files.directory(), e);
            return;
        }
        Loaded current = loaded;
        boolean unchanged = current != null && current.certificateTime().equals(certificateTime)
                && current.keyTime().equals(keyTime);
        if (unchanged) {
            return;
        }
        try {
            loaded = new Loaded(load(), certificateTime, keyTime);
            lastFailure = null;
            LOG.info(() -> "TLS certificate loaded from " + files.certificateFile());
        } catch (IOException | GeneralSecurityException e) {
            warnOnce("cannot load the TLS certificate and key from " + files.directory()
                    + (current == null ? "; TLS is unavailable" : "; still using the previous ones"), e);
        }
    }

    /** Says each broken state of the files once, not once per connection. */
    private void warnOnce(String message, Exception cause) {
        String failure = message + ": " + cause;
        if (!failure.equals(lastFailure)) {
            lastFailure = failure;
            LOG.log(Level.WARNING, message, cause);
        }
    }

    private SSLContext load() throws IOException, GeneralSecurityException {
        List<X509Certificate> chain = Pem.readCertificates(files.certificateFile());
        PrivateKey key = Pem.readPrivateKey(files.keyFile());
        KeyPairCheck.requireMatch(key, chain.get(0).getPublicKey());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key, IN_MEMORY_PASSWORD, chain.toArray(new X509Certificate[0]));
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, IN_MEMORY_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        return context;
    }
}
