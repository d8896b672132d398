package org.flutemail.infrastructure.fetch;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.flutemail.domain.FetchErrorKind;
import org.flutemail.fetch.FetchException;

/**
 * Sorts what Jakarta Mail throws into the failures a user can act on. Which kind a network error is
 * depends on when it happens: before login the server is unreachable, after it the connection was lost.
 */
final class FetchFailures {

    /** Where in the session the failure happened. */
    enum Stage { CONNECT, SESSION }

    private FetchFailures() {
    }

    static FetchException classify(Exception e, Stage stage) {
        List<Throwable> chain = causes(e);
        String detail = detail(chain);
        if (chain.stream().anyMatch(t -> t instanceof AuthenticationFailedException)) {
            return new FetchException(FetchErrorKind.AUTHENTICATION, detail, e);
        }
        if (chain.stream().anyMatch(FetchFailures::isCertificateFailure)) {
            return new FetchException(FetchErrorKind.CERTIFICATE, detail, e);
        }
        if (stage == Stage.CONNECT && chain.stream().anyMatch(t -> t instanceof ConnectException
                || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                || t instanceof SocketTimeoutException)) {
            return new FetchException(FetchErrorKind.UNREACHABLE, detail, e);
        }
        if (chain.stream().anyMatch(t -> t instanceof EOFException || t instanceof SocketException
                || t instanceof SocketTimeoutException || t instanceof FolderClosedException
                || t instanceof StoreClosedException || t instanceof javax.net.ssl.SSLException)) {
            return new FetchException(FetchErrorKind.CONNECTION_LOST, detail, e);
        }
        return new FetchException(FetchErrorKind.PROTOCOL, detail, e);
    }

    private static boolean isCertificateFailure(Throwable t) {
        return t instanceof CertificateException || t instanceof SSLPeerUnverifiedException
                || t instanceof java.security.cert.CertPathValidatorException
                // Jakarta Mail's own host name check (ssl.checkserveridentity) says so only in words.
                || (t instanceof java.io.IOException && t.getMessage() != null
                        && t.getMessage().contains("verify identity of server"))
                || (t instanceof SSLHandshakeException && t.getMessage() != null
                        && t.getMessage().contains("certificat"));
    }

    /** The exception and its causes, including the "next" exceptions Jakarta Mail chains. */
    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < 20 && !chain.contains(t); ) {
            chain.add(t);
            Throwable next = t instanceof MessagingException m && m.getNextException() != null
                    ? m.getNextException() : t.getCause();
            t = next;
        }
        return chain;
    }

    /** The most specific message: the deepest cause that says something. */
    private static String detail(List<Throwable> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            String m = chain.get(i).getMessage();
            if (m != null && !m.isBlank()) {
                return m.strip();
            }
        }
        return chain.get(0).getClass().getSimpleName();
    }
}
