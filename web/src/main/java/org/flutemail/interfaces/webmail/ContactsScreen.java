package org.flutemail.interfaces.webmail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flutemail.application.ContactService;
import org.flutemail.application.ContactService.ContactView;
import org.flutemail.application.ContactService.GroupView;
import org.flutemail.application.ContactService.ImportReport;
import org.flutemail.application.DomainAddressBookService;
import org.flutemail.application.DomainAddressBookService.EntryView;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.ContactDetails;
import org.flutemail.domain.EmailAddress;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.InvalidRequestException;
import org.primefaces.event.FileUploadEvent;

/**
 * The address book screen: the account's contacts (made, changed, deleted, put in groups), its groups,
 * the domain's public address book read-only, import of a CSV or vCard file with a report of the rows
 * skipped, and the export links ({@link ContactExportServlet}).
 */
@Named
@ViewScoped
public class ContactsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest address book file taken (10 MB: some hundred thousand contacts). */
    static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

    @EJB
    ContactService contacts;

    @EJB
    DomainAddressBookService domainBook;

    @Inject
    WebmailSession session;

    @Inject
    Texts texts;

    private List<ContactView> list;
    private List<GroupView> groups;
    private List<EntryView> domainEntries;
    private Long editing;
    private String name;
    private String addresses;
    private String phone;
    private String company;
    private String notes;
    private List<String> groupIds = new ArrayList<>();
    private String groupName;
    private ImportReport report;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        list = contacts.contacts(account());
        groups = contacts.groups(account());
        domainEntries = domainBook.book(EmailAddress.parse(account()).domain());
    }

    public void save() {
        ContactDetails details = new ContactDetails(name, Arrays.asList(addresses == null ? new String[0]
                : addresses.split("[,;\\s]+")), phone, company, notes);
        try {
            contacts.save(account(), editing, details, groupIds.stream().map(Long::valueOf).toList());
        } catch (EJBException e) {
            if (!refused(e.getCause())) {
                throw e;
            }
            return;
        } catch (InvalidAddressException | InvalidRequestException e) {
            refused(e);
            return;
        }
        texts.notice(FacesMessage.SEVERITY_INFO, "contacts.saved");
        clear();
        refresh();
    }

    /** Says why a contact or group was refused; false when the cause is not the user's to fix. */
    private boolean refused(Throwable cause) {
        if (cause instanceof InvalidAddressException) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "contacts.badAddress", cause.getMessage());
        } else if (cause instanceof InvalidRequestException) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "contacts.invalid", cause.getMessage());
        } else if (cause instanceof ConflictException) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "contacts.group.exists");
        } else {
            return false;
        }
        return true;
    }

    public void edit(ContactView c) {
        editing = c.id();
        name = c.name();
        addresses = String.join(", ", c.addresses());
        phone = c.phone();
        company = c.company();
        notes = c.notes();
        groupIds = new ArrayList<>(c.groupIds().stream().map(String::valueOf).toList());
    }

    public void clear() {
        editing = null;
        name = null;
        addresses = null;
        phone = null;
        company = null;
        notes = null;
        groupIds = new ArrayList<>();
    }

    public void delete(long id) {
        contacts.delete(account(), id);
        if (Long.valueOf(id).equals(editing)) {
            clear();
        }
        refresh();
    }

    public void addGroup() {
        try {
            contacts.saveGroup(account(), null, groupName);
        } catch (EJBException e) {
            if (!refused(e.getCause())) {
                throw e;
            }
            return;
        } catch (InvalidRequestException | ConflictException e) {
            refused(e);
            return;
        }
        groupName = null;
        refresh();
    }

    public void deleteGroup(long id) {
        contacts.deleteGroup(account(), id);
        refresh();
    }

    public void upload(FileUploadEvent event) {
        try {
            report = contacts.importFile(account(), event.getFile().getContent());
        } catch (EJBException e) {
            if (!(e.getCause() instanceof IllegalArgumentException)) {
                throw e;
            }
            texts.notice(FacesMessage.SEVERITY_ERROR, "contacts.import.unreadable", e.getCause().getMessage());
            return;
        } catch (IllegalArgumentException e) {
            texts.notice(FacesMessage.SEVERITY_ERROR, "contacts.import.unreadable", e.getMessage());
            return;
        }
        texts.notice(FacesMessage.SEVERITY_INFO, "contacts.import.done", report.imported(), report.problems().size());
        refresh();
    }

    /** Where the export of {@code file} (contacts.vcf, contacts.csv) is downloaded from. */
    public String exportUrl(String file) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + ContactExportServlet.PATH + file;
    }

    public long getMaxImportBytes() {
        return MAX_IMPORT_BYTES;
    }

    private String account() {
        return session.getAccount();
    }

    public List<ContactView> getList() {
        return list;
    }

    public List<GroupView> getGroups() {
        return groups;
    }

    public List<EntryView> getDomainEntries() {
        return domainEntries;
    }

    public ImportReport getReport() {
        return report;
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

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<String> getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(List<String> groupIds) {
        this.groupIds = groupIds == null ? new ArrayList<>() : new ArrayList<>(groupIds);
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }
}
