package org.flutemail.interfaces.webmail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.flutemail.application.AccountService;
import org.flutemail.domain.InvalidRequestException;

/**
 * The settings screen's name field: the name the user's mail is sent under (the From phrase, which
 * {@code ComposeService} reads from the account when it sends), saved on its own.
 */
@Named
@ViewScoped
public class DisplayNameForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    @Inject
    WebmailSession session;

    @Inject
    Texts texts;

    private String displayName;

    @PostConstruct
    void init() {
        displayName = accounts.get(session.getAccount()).displayName();
    }

    public void save() {
        try {
            displayName = accounts.renameOwn(session.getAccount(), displayName).displayName();
        } catch (EJBException e) {
            if (e.getCause() instanceof InvalidRequestException) {
                texts.notice(FacesMessage.SEVERITY_ERROR, "identity.invalid");
                return;
            }
            throw e;
        } catch (InvalidRequestException e) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "identity.invalid");
            return;
        }
        texts.notice(FacesMessage.SEVERITY_INFO, "identity.saved");
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
