package org.flutemail.interfaces.webmail;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.flutemail.application.ContactService;

/** The reading view's "add the sender to contacts" button. */
@Named
@RequestScoped
public class SenderToContacts {

    @EJB
    ContactService contacts;

    @Inject
    WebmailSession session;

    @Inject
    Texts texts;

    /** @param from the message's From as shown ("Name &lt;address&gt;") */
    public void add(String from) {
        try {
            contacts.addSender(session.getAccount(), from);
            texts.notice(FacesMessage.SEVERITY_INFO, "contacts.senderAdded", from);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof IllegalArgumentException)) {
                throw e;
            }
            texts.notice(FacesMessage.SEVERITY_ERROR, "contacts.badAddress", from);
        } catch (IllegalArgumentException e) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "contacts.badAddress", from);
        }
    }
}
