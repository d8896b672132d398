package org.flutemail.interfaces.webmail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.flutemail.application.FetchAccountService;
import org.flutemail.application.FetchAccountService.FetchAccountView;
import org.flutemail.application.FetchAccountService.FetchOutcome;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.NotFoundException;

/**
 * The settings screen's outside accounts (the fetch agent): list, add, edit, delete, collect now.
 * A class of service without the fetch agent gets the service's refusal instead of the form.
 */
@Named
@ViewScoped
public class FetchAccountsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FetchAccountService service;

    @Inject
    WebmailSession session;

    @Inject
    Languages languages;

    @Inject
    Texts texts;

    private String refusal;
    private List<FetchAccountView> list = List.of();
    private FetchAccountDraft draft = new FetchAccountDraft();

    @PostConstruct
    void init() {
        refusal = service.refusal(session.getAccount());
        refresh();
    }

    private void refresh() {
        list = service.list(session.getAccount());
    }

    public void startNew() {
        draft = new FetchAccountDraft();
    }

    public void edit(FetchAccountView v) {
        draft = FetchAccountDraft.of(v);
    }

    public void save() {
        String account = session.getAccount();
        boolean saved = attempt(() -> {
            if (draft.getId() == null) {
                service.create(account, draft.toChange());
            } else {
                service.update(account, draft.getId(), draft.toChange());
            }
        });
        if (saved) {
            texts.notice(FacesMessage.SEVERITY_INFO, "fetch.saved");
            startNew();
        }
        refresh();
    }

    public void delete(long id) {
        if (attempt(() -> service.delete(session.getAccount(), id))) {
            texts.notice(FacesMessage.SEVERITY_INFO, "fetch.deleted");
            if (draft.getId() != null && draft.getId() == id) {
                startNew();
            }
        }
        refresh();
    }

    public void collect(long id) {
        FetchOutcome[] outcome = new FetchOutcome[1];
        if (attempt(() -> outcome[0] = service.collectNow(session.getAccount(), id))) {
            FetchOutcome o = outcome[0];
            if (o.errorKind() == null) {
                texts.notice(FacesMessage.SEVERITY_INFO, "fetch.collected", o.collected());
            } else {
                texts.notice(FacesMessage.SEVERITY_ERROR, "fetch.collectFailed", o.error());
            }
        }
        refresh();
    }

    /**
     * Runs a call to the service and shows its refusal (bad input, a collection already running, an
     * account deleted meanwhile, the class of service) in the service's own words.
     */
    private boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (EJBException e) {
            refused(e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            refused(e);
        }
        return false;
    }

    private void refused(Throwable e) {
        if (e instanceof IllegalArgumentException || e instanceof ConflictException
                || e instanceof NotFoundException) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "fetch.refused", e.getMessage());
        } else {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** The last collection of one account, as a sentence in the user's language and time zone. */
    public String result(FetchAccountView v) {
        FetchResult r = FetchResult.of(v);
        return r.at() == null ? texts.get(r.key())
                : texts.get(r.key(), session.format(r.at(), languages.getCurrent()), r.detail());
    }

    public boolean isGranted() {
        return refusal == null;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<FetchAccountView> getList() {
        return list;
    }

    public FetchAccountDraft getDraft() {
        return draft;
    }
}
