package org.flutemail.domain;

/** How a fetch account talks to the outside server. */
public enum FetchProtocol {
    POP3(110, 995),
    IMAP(143, 993);

    private final int plainPort;
    private final int implicitTlsPort;

    FetchProtocol(int plainPort, int implicitTlsPort) {
        this.plainPort = plainPort;
        this.implicitTlsPort = implicitTlsPort;
    }

    /** The well-known port for this protocol in the given TLS mode. */
    public int defaultPort(FetchTlsMode tls) {
        return tls == FetchTlsMode.IMPLICIT ? implicitTlsPort : plainPort;
    }
}
