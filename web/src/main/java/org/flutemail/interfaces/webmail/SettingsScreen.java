package org.flutemail.interfaces.webmail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flutemail.application.SignatureService;
import org.flutemail.application.SignatureService.SignatureView;
import org.flutemail.domain.InvalidRequestException;

/** The settings screen; for now the signatures: several, one of them the default for new mail. */
@Named
@ViewScoped
public class SettingsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SignatureService signatures;

    @Inject
    WebmailSession session;

    @Inject
    Texts texts;

    private List<SignatureView> list;
    private Long editing;
    private String name;
    private String body;
    private boolean makeDefault;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        list = signatures.signatures(session.getAccount());
    }

    public void edit(SignatureView signature) {
        editing = signature.id();
        name = signature.name();
        body = signature.body();
        makeDefault = signature.isDefault();
    }

    public void startNew() {
        editing = null;
        name = "";
        body = "";
        makeDefault = list.isEmpty();
    }

    public void save() {
        try {
            signatures.save(session.getAccount(), editing, name, body == null ? "" : body, makeDefault);
        } catch (InvalidRequestException e) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "settings.signature.invalid");
            return;
        }
        texts.notice(FacesMessage.SEVERITY_INFO, "settings.signature.saved");
        refresh();
        startNew();
    }

    public void delete(long id) {
        signatures.delete(session.getAccount(), id);
        refresh();
        if (editing != null && editing == id) {
            startNew();
        }
    }

    public List<SignatureView> getList() {
        return list;
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isMakeDefault() {
        return makeDefault;
    }

    public void setMakeDefault(boolean makeDefault) {
        this.makeDefault = makeDefault;
    }
}
