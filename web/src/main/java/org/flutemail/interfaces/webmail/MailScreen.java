package org.flutemail.interfaces.webmail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.flutemail.application.MailReadingService;
import org.flutemail.application.MailboxService;
import org.flutemail.application.ReadingViews.MessageDisplay;
import org.flutemail.application.ReadingViews.MessageRow;
import org.flutemail.domain.NotFoundException;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.TreeNode;

/**
 * The mail screen: the folder tree, the message list of the chosen folder and the message being
 * read. Message bodies and downloads come from {@link MessageContentServlet}; this bean only builds
 * their addresses.
 */
@Named
@ViewScoped
public class MailScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String INBOX = "INBOX";

    @EJB
    MailboxService mailboxes;

    @EJB
    MailReadingService reading;

    @Inject
    WebmailSession session;

    @Inject
    Texts texts;

    @Inject
    Languages languages;

    private TreeNode<FolderNode> folders;
    private TreeNode<FolderNode> selectedFolder;
    private String folder = INBOX;
    private MessageRowModel messages;
    private MessageRow selectedRow;
    private MessageDisplay message;
    private boolean remoteImagesAllowed;
    private boolean headersShown;
    private int blockedImages;

    @PostConstruct
    void init() {
        messages = new MessageRowModel(reading, session.getAccount(), folder);
        refreshFolders();
    }

    /** Reloads the tree (unread counts change as mail arrives and is read). */
    public void refreshFolders() {
        folders = FolderTree.build(mailboxes.mailboxes(session.getAccount()), key -> texts.get("folder." + key));
        selectedFolder = find(folders, folder);
        if (selectedFolder != null) {
            selectedFolder.setSelected(true);
        }
    }

    private static TreeNode<FolderNode> find(TreeNode<FolderNode> node, String name) {
        if (node.getData() != null && name.equals(node.getData().name()) && node.getData().selectable()) {
            return node;
        }
        for (TreeNode<FolderNode> child : node.getChildren()) {
            TreeNode<FolderNode> found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    public void onFolderSelect(NodeSelectEvent event) {
        @SuppressWarnings("unchecked")
        FolderNode chosen = ((TreeNode<FolderNode>) event.getTreeNode()).getData();
        if (chosen == null || !chosen.selectable()) {
            return;
        }
        folder = chosen.name();
        messages.showMailbox(folder);
        closeMessage();
    }

    public void onMessageSelect(SelectEvent<MessageRow> event) {
        MessageRow row = event.getObject();
        try {
            open(row.uid());
            if (!row.seen() && reading.markSeen(session.getAccount(), folder, row.uid())) {
                refreshFolders(); // one unread fewer
            }
        } catch (EJBException e) {
            if (!(e.getCause() instanceof NotFoundException)) {
                throw e;
            }
            // Expunged (by an IMAP client, say) since the list was shown.
            closeMessage();
            refreshFolders();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("message.gone"), null));
        }
    }

    void open(long uid) {
        message = reading.read(session.getAccount(), folder, uid);
        remoteImagesAllowed = false;
        headersShown = false;
        blockedImages = message.html() == null ? 0 : HtmlSanitizer.sanitize(message.html(), false).blockedImages();
    }

    public void closeMessage() {
        message = null;
        selectedRow = null;
    }

    public void allowRemoteImages() {
        remoteImagesAllowed = true;
    }

    public void toggleHeaders() {
        headersShown = !headersShown;
    }

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    public String format(Instant instant) {
        return session.format(instant, languages.getCurrent());
    }

    /** A size in bytes as people read it: "812 B", "14 KB", "3.2 MB". */
    public String size(long bytes) {
        return ByteSizes.format(bytes, languages.getCurrent());
    }

    public String folderTitle() {
        TreeNode<FolderNode> node = find(folders, folder);
        return node == null ? folder : node.getData().label();
    }

    public String getBodyUrl() {
        return contentUrl("body") + (remoteImagesAllowed ? "&images=allow" : "");
    }

    public String getSourceUrl() {
        return contentUrl("source");
    }

    public String getEmlUrl() {
        return contentUrl("eml");
    }

    public String partUrl(String section) {
        return contentUrl("part") + "&section=" + encode(section);
    }

    private String contentUrl(String what) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + MessageContentServlet.PATH + what + "?folder=" + encode(folder) + "&uid="
                + (message == null ? 0 : message.uid());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public TreeNode<FolderNode> getFolders() {
        return folders;
    }

    public TreeNode<FolderNode> getSelectedFolder() {
        return selectedFolder;
    }

    public void setSelectedFolder(TreeNode<FolderNode> selectedFolder) {
        this.selectedFolder = selectedFolder;
    }

    public String getFolder() {
        return folder;
    }

    public MessageRowModel getMessages() {
        return messages;
    }

    public MessageRow getSelectedRow() {
        return selectedRow;
    }

    public void setSelectedRow(MessageRow selectedRow) {
        this.selectedRow = selectedRow;
    }

    public MessageDisplay getMessage() {
        return message;
    }

    public boolean isRemoteImagesAllowed() {
        return remoteImagesAllowed;
    }

    public boolean isHeadersShown() {
        return headersShown;
    }

    public int getBlockedImages() {
        return blockedImages;
    }
}
