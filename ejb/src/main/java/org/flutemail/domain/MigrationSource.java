package org.flutemail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where one account's mail comes from, without the old password (which is never stored): a server
 * (host, port, TLS mode, login) or a file or directory on this server, and the account it goes to.
 * {@code target} names the folder an mbox file goes into; the other sources bring their own folders.
 */
@Embeddable
public class MigrationSource {

    public enum Protocol {
        IMAP, POP3, MBOX, MAILDIR
    }

    public enum Tls {
        /** Cleartext: only for servers on a trusted network. */
        NONE,
        /** Upgrade after connecting (IMAP STARTTLS, POP3 STLS); refuse when the server does not offer it. */
        STARTTLS,
        /** TLS from the first octet (IMAPS 993, POP3S 995). */
        IMPLICIT
    }

    @Column(nullable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Protocol protocol;

    private String host;

    private Integer port;

    @Enumerated(EnumType.STRING)
    private Tls tls;

    private String login;

    private String path;

    private String target;

    protected MigrationSource() {
    }

    private MigrationSource(String address, Protocol protocol, String host, Integer port, Tls tls, String login,
            String path, String target) {
        this.address = address;
        this.protocol = protocol;
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.login = login;
        this.path = path;
        this.target = target;
    }

    public static MigrationSource server(String address, Protocol protocol, String host, int port, Tls tls,
            String login) {
        return new MigrationSource(address, protocol, host, port, tls, login, null, null);
    }

    public static MigrationSource file(String address, Protocol protocol, String path, String target) {
        return new MigrationSource(address, protocol, null, null, null, null, path, target);
    }

    /** A CSV row that could not be read: only the address (as far as known) is kept, with the reason. */
    public static MigrationSource unreadable(String address) {
        return new MigrationSource(address == null ? "" : address, Protocol.IMAP, null, null, null, null, null, null);
    }

    public String address() {
        return address;
    }

    public Protocol protocol() {
        return protocol;
    }

    public String host() {
        return host;
    }

    public Integer port() {
        return port;
    }

    public Tls tls() {
        return tls;
    }

    public String login() {
        return login;
    }

    public String path() {
        return path;
    }

    public String target() {
        return target;
    }

    public boolean isRemote() {
        return protocol == Protocol.IMAP || protocol == Protocol.POP3;
    }
}
