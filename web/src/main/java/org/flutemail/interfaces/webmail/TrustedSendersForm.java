package org.flutemail.interfaces.webmail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flutemail.application.RemoteImageTrustService;

/**
 * The settings' list of senders whose remote images are shown without asking; they are added from
 * an open message ({@link MailScreen#trustSender()}) and removed here.
 */
@Named
@ViewScoped
public class TrustedSendersForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RemoteImageTrustService imageTrust;

    @Inject
    WebmailSession session;

    @Inject
    Texts texts;

    private List<String> senders;

    @PostConstruct
    void init() {
        senders = imageTrust.trustedSenders(session.getAccount());
    }

    public void remove(String sender) {
        imageTrust.distrust(session.getAccount(), sender);
        texts.notice(FacesMessage.SEVERITY_INFO, "settings.imageSenders.removed", sender);
        init();
    }

    public List<String> getSenders() {
        return senders;
    }
}
