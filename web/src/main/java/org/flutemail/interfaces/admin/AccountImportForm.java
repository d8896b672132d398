package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.flutemail.application.AccountImportService;
import org.flutemail.application.AccountImportService.AccountImportResult;
import org.flutemail.contacts.ContactText;
import org.primefaces.event.FileUploadEvent;

/**
 * The accounts screen's bulk part: a CSV file of accounts to create (each row's outcome shown, with the
 * generated passwords this once) and the link to download the domain's accounts.
 */
@Named
@ViewScoped
public class AccountImportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 10,000 rows of address, password and name fit in well under a megabyte; 5 MB leaves room. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    @Inject
    ScreenActions actions;

    @Inject
    AdminTexts texts;

    @EJB
    AccountImportService bulk;

    private AccountImportResult result;

    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        // Excel on Chinese Windows saves CSV in GBK unless told otherwise, as for address books.
        result = actions.attempt(() -> bulk.importAccounts(ContactText.decode(content)), null);
        if (result != null) {
            texts.info("accounts.import.done", result.created(), result.failed());
        }
    }

    public AccountImportResult getResult() {
        return result;
    }

    public long getMaxFileBytes() {
        return MAX_FILE_BYTES;
    }

    /** Where the accounts of {@code domain} are downloaded from. */
    public String exportUrl(String domain) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + AccountExportServlet.PATH + "?domain=" + URLEncoder.encode(domain == null ? "" : domain,
                        StandardCharsets.UTF_8);
    }
}
