package org.flutemail.interfaces.webmail;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flutemail.application.AccountService;
import org.flutemail.domain.WeakPasswordException;

/**
 * Replacing a preset password (bulk import, administrator's reset): reached only from the login
 * screen, by someone who just typed that password, and the only thing such an account may do.
 */
@Named
@RequestScoped
public class PasswordChangeScreen {

    @EJB
    AccountService accounts;

    @Inject
    WebmailSession session;

    @Inject
    Texts texts;

    private String newPassword;
    private String confirmation;

    public String change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String account = session.getPendingPasswordChange();
        if (account == null) {
            return "/login.xhtml?faces-redirect=true";
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, "password.mismatch"));
            return null;
        }
        try {
            accounts.changeOwnPassword(account, newPassword);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof WeakPasswordException)) {
                throw e;
            }
            faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, "password.weak"));
            return null;
        }
        session.passwordChanged();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, message(FacesMessage.SEVERITY_INFO, "password.changed"));
        return "/login.xhtml?faces-redirect=true";
    }

    /** Without a pending change there is nothing to do here. */
    public String leaveWhenNothingPending() {
        return session.getPendingPasswordChange() == null ? "/login.xhtml?faces-redirect=true" : null;
    }

    private FacesMessage message(FacesMessage.Severity severity, String key) {
        return new FacesMessage(severity, texts.get(key), null);
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
