package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.TlsCertificateService;
import org.flutemail.application.TlsCertificateService.CertificateInfo;
import org.flutemail.domain.InvalidRequestException;

/**
 * The mail protocols' TLS certificate on the settings screen (system administrators): what is installed,
 * and a PEM certificate chain with its key uploaded as two files, checked and installed as over REST.
 */
@Named
@ViewScoped
public class TlsCertificateForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A chain of a few certificates or one key is a few kilobytes; more is not PEM we expect. */
    static final int MAX_PEM_BYTES = 64 * 1024;

    @Inject
    CallerGuard guard;

    @Inject
    ScreenActions actions;

    @EJB
    TlsCertificateService tls;

    private transient Part certificate;
    private transient Part privateKey;
    private CertificateInfo installed;

    public void load() {
        installed = actions.attempt(() -> {
            guard.system();
            return tls.current();
        }, null);
    }

    public void install() {
        CertificateInfo done = actions.attempt(() -> {
            guard.system();
            return tls.install(pem(certificate, "certificate"), pem(privateKey, "private key"));
        }, "settings.tls.installed");
        if (done != null) {
            installed = done;
        }
    }

    private static String pem(Part part, String what) {
        if (part == null || part.getSize() == 0) {
            throw new InvalidRequestException("choose the " + what + " file (PEM)");
        }
        if (part.getSize() > MAX_PEM_BYTES) {
            throw new InvalidRequestException("the " + what + " file is larger than " + MAX_PEM_BYTES / 1024
                    + " KB: not a PEM file");
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(MAX_PEM_BYTES), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CertificateInfo getInstalled() {
        return installed;
    }

    /** The names the installed certificate is valid for, as one line. */
    public String getNames() {
        return installed == null ? "" : String.join(", ", installed.names());
    }

    public Part getCertificate() {
        return certificate;
    }

    public void setCertificate(Part certificate) {
        this.certificate = certificate;
    }

    public Part getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(Part privateKey) {
        this.privateKey = privateKey;
    }
}
