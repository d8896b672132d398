package org.flutemail.interfaces.webmail;

import java.io.Serializable;
import java.util.List;
import org.flutemail.application.FetchAccountService.FetchAccountChange;
import org.flutemail.application.FetchAccountService.FetchAccountView;

/**
 * The outside account being typed on the settings screen, turned into the service's change. Empty
 * fields mean "the default" for a new account and "keep what is there" for one being edited, so the
 * password, which is never shown back, is only replaced when the user types a new one. The service
 * checks the values; this class only decides what an empty field means.
 */
public class FetchAccountDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> PROTOCOLS = List.of("POP3", "IMAP");
    static final List<String> TLS_MODES = List.of("STARTTLS", "IMPLICIT", "NONE");

    private Long id;
    private String protocol = "POP3";
    private String host;
    private Integer port;
    private String tls = "STARTTLS";
    private String certificateSha256;
    private String user;
    private String password;
    private String targetFolder;
    private boolean leaveCopy = true;
    private Integer intervalMinutes = 10;
    private boolean enabled = true;

    /** The settings of an existing account, to be edited; the password field stays empty. */
    static FetchAccountDraft of(FetchAccountView v) {
        FetchAccountDraft d = new FetchAccountDraft();
        d.id = v.id();
        d.protocol = v.protocol();
        d.host = v.host();
        d.port = v.port();
        d.tls = v.tls();
        d.certificateSha256 = v.certificateSha256();
        d.user = v.user();
        d.targetFolder = v.targetFolder();
        d.leaveCopy = v.leaveCopy();
        d.intervalMinutes = v.intervalMinutes();
        d.enabled = v.enabled();
        return d;
    }

    FetchAccountChange toChange() {
        boolean creating = id == null;
        String pin = trimmed(certificateSha256);
        return new FetchAccountChange(protocol, trimmed(host), port, tls,
                // On update an empty string is what removes a pin; on create nothing is there to remove.
                pin == null && !creating ? "" : pin,
                trimmed(user), password == null || password.isEmpty() ? null : password, trimmed(targetFolder),
                leaveCopy, intervalMinutes, enabled);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<String> getProtocols() {
        return PROTOCOLS;
    }

    public List<String> getTlsModes() {
        return TLS_MODES;
    }

    public Long getId() {
        return id;
    }

    public String getProtocol() {
        return protocol;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getTls() {
        return tls;
    }

    public void setTls(String tls) {
        this.tls = tls;
    }

    public String getCertificateSha256() {
        return certificateSha256;
    }

    public void setCertificateSha256(String certificateSha256) {
        this.certificateSha256 = certificateSha256;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    /** Always empty: a stored password is never sent back to the browser. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTargetFolder() {
        return targetFolder;
    }

    public void setTargetFolder(String targetFolder) {
        this.targetFolder = targetFolder;
    }

    public boolean isLeaveCopy() {
        return leaveCopy;
    }

    public void setLeaveCopy(boolean leaveCopy) {
        this.leaveCopy = leaveCopy;
    }

    public Integer getIntervalMinutes() {
        return intervalMinutes;
    }

    public void setIntervalMinutes(Integer intervalMinutes) {
        this.intervalMinutes = intervalMinutes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
