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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.flutemail.application.MailReadingService;
import org.flutemail.application.MailSearchService;
import org.flutemail.application.MailboxService;
import org.flutemail.application.MessageActionService;
import org.flutemail.application.MessageActionService.Flag;
import org.flutemail.application.RemoteImageTrustService;
import org.flutemail.application.ReadingViews.MessageDisplay;
import org.flutemail.application.ReadingViews.MessageRow;
import org.flutemail.application.ReadingViews.SearchCriteria;
import org.flutemail.domain.ConflictException;
import org.flutemail.domain.FolderPlacement;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.NotFoundException;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.TreeNode;

/**
 * The mail screen: the folder tree, the message list of the chosen folder and the message being
 * read; the actions on the ticked messages (or the open one) and on folders; the search and the quick
 * filter, whose results take the list's place (see {@link SearchForm}). Message bodies and
 * downloads come from {@link MessageContentServlet}; this bean only builds their addresses.
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

    @EJB
    MessageActionService actions;

    @EJB
    MailSearchService searching;

    @EJB
    RemoteImageTrustService imageTrust;

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
    private List<MessageRow> ticked = new ArrayList<>();
    private String moveTarget;
    private String folderName;
    private String folderParent;
    private MessageDisplay message;
    /** The folder of the message being read: the shown folder, or another one in a search of all. */
    private String messageFolder;
    private final SearchForm search = new SearchForm();
    private boolean remoteImagesAllowed;
    private boolean senderTrusted;
    private boolean headersShown;
    private int blockedImages;

    @PostConstruct
    void init() {
        messages = new MessageRowModel(reading, searching, session.getAccount(), folder);
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

    /** The folders a message can be moved to, for the move menu. */
    public List<FolderNode> getMoveTargets() {
        List<FolderNode> all = new ArrayList<>();
        collect(folders, all);
        return all;
    }

    private static void collect(TreeNode<FolderNode> node, List<FolderNode> into) {
        if (node.getData() != null && node.getData().selectable()) {
            into.add(node.getData());
        }
        node.getChildren().forEach(child -> collect(child, into));
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
        show(chosen.name());
    }

    private void show(String name) {
        folder = name;
        search.clear();
        messages.showMailbox(folder);
        ticked = new ArrayList<>();
        closeMessage();
    }

    /** Shows the messages that meet the search form's criteria in place of the folder's list. */
    public void search() {
        if (search.asksNothing()) {
            messages.showMailbox(folder);
            ticked = new ArrayList<>();
            closeMessage();
            return;
        }
        SearchCriteria criteria = search.criteria(folder, session.getZone());
        if (criteria == null) {
            notice(FacesMessage.SEVERITY_WARN, "search.badRange");
            return;
        }
        messages.showSearch(criteria);
        ticked = new ArrayList<>();
        closeMessage();
    }

    /** Back to the folder's whole list. */
    public void clearSearch() {
        show(folder);
    }

    public boolean isSearching() {
        return messages.isSearch();
    }

    /** Whether the list mixes folders, and so shows a folder column. */
    public boolean isAllFolders() {
        return messages.isSearch() && search.isAllFolders();
    }

    /** The ticked messages, or else the one being read, by the folder they are in. */
    private Map<String, List<Long>> targets() {
        Map<String, List<Long>> uids = new LinkedHashMap<>();
        for (MessageRow row : ticked) {
            uids.computeIfAbsent(row.mailbox(), f -> new ArrayList<>()).add(row.uid());
        }
        if (uids.isEmpty() && message != null) {
            uids.put(messageFolder, new ArrayList<>(List.of(message.uid())));
        }
        return uids;
    }

    public void delete() {
        act("action.deleted", (from, uids) -> actions.delete(session.getAccount(), from, uids));
    }

    public void move() {
        if (moveTarget == null || moveTarget.isBlank()) {
            return;
        }
        act("action.moved", (from, uids) -> actions.move(session.getAccount(), from, uids, moveTarget));
    }

    public void markSpam() {
        act("action.spamDone", (from, uids) -> actions.markSpam(session.getAccount(), from, uids));
    }

    public void markNotSpam() {
        act("action.notSpamDone", (from, uids) -> actions.markNotSpam(session.getAccount(), from, uids));
    }

    public void mark(String flag, boolean on) {
        Map<String, List<Long>> targets = targets();
        if (targets.isEmpty()) {
            notice(FacesMessage.SEVERITY_WARN, "action.noneSelected");
            return;
        }
        targets.forEach((from, uids) -> actions.setFlag(session.getAccount(), from, uids, Flag.valueOf(flag), on));
        ticked = new ArrayList<>();
        messages.refresh();
        refreshFolders();
    }

    /** An action that takes the messages out of their folder; the list and the counts follow. */
    private void act(String doneKey, BiConsumer<String, List<Long>> action) {
        Map<String, List<Long>> targets = targets();
        if (targets.isEmpty()) {
            notice(FacesMessage.SEVERITY_WARN, "action.noneSelected");
            return;
        }
        try {
            targets.forEach(action);
            notice(FacesMessage.SEVERITY_INFO, doneKey, targets.values().stream().mapToInt(List::size).sum());
        } catch (EJBException e) {
            notice(FacesMessage.SEVERITY_WARN, "message.gone");
        }
        ticked = new ArrayList<>();
        messages.refresh();
        closeMessage();
        refreshFolders();
    }

    public boolean isSpecial(String key) {
        TreeNode<FolderNode> node = find(folders, folder);
        return node != null && key.equals(node.getData().systemKey());
    }

    /** Whether the folder shown is one of the user's own, which can be renamed and deleted. */
    public boolean isUserFolder() {
        TreeNode<FolderNode> node = find(folders, folder);
        return node != null && node.getData().systemKey() == null;
    }

    public void emptyFolder() {
        actions.empty(session.getAccount(), folder);
        notice(FacesMessage.SEVERITY_INFO, "folder.emptied");
        closeMessage();
        refreshFolders();
    }

    public void createFolder() {
        String name = typedFolderName();
        if (name != null && folderChange(() -> actions.createFolder(session.getAccount(), name))) {
            refreshFolders();
            notice(FacesMessage.SEVERITY_INFO, "folder.created", name);
        }
    }

    public void renameFolder() {
        String name = typedFolderName();
        if (name != null && folderChange(() -> actions.renameFolder(session.getAccount(), folder, name))) {
            folder = name;
            messages.showMailbox(folder);
            refreshFolders();
        }
    }

    /** Moves the folder shown under the chosen parent (none: the top level), subfolders and all. */
    public void moveFolder() {
        String[] moved = new String[1];
        if (folderChange(() -> moved[0] = actions.moveFolder(session.getAccount(), folder, folderParent))) {
            folderParent = null;
            folder = moved[0];
            messages.showMailbox(folder);
            refreshFolders();
        }
    }

    /** The folders the one shown may move under: any but itself and its own subfolders. */
    public List<FolderNode> getFolderParents() {
        return getMoveTargets().stream().filter(f -> FolderPlacement.canReceive(folder, f.name())).toList();
    }

    public void deleteFolder() {
        if (folderChange(() -> actions.deleteFolder(session.getAccount(), folder))) {
            show(INBOX);
            refreshFolders();
        }
    }

    private String typedFolderName() {
        String name = folderName == null ? "" : folderName.strip();
        if (name.isEmpty()) {
            notice(FacesMessage.SEVERITY_WARN, "folder.nameMissing");
            return null;
        }
        return name;
    }

    private boolean folderChange(Runnable change) {
        try {
            change.run();
            folderName = null;
            return true;
        } catch (ConflictException e) {
            notice(FacesMessage.SEVERITY_WARN, "folder.exists");
        } catch (InvalidRequestException | NotFoundException e) {
            notice(FacesMessage.SEVERITY_WARN, "folder.refused");
        }
        return false;
    }

    private void notice(FacesMessage.Severity severity, String key, Object... arguments) {
        texts.notice(severity, key, arguments);
    }

    public void onMessageSelect(SelectEvent<MessageRow> event) {
        MessageRow row = event.getObject();
        // A click on the row opens the message; only the check box ticks it.
        ticked.removeIf(t -> t.key().equals(row.key()));
        try {
            open(row.mailbox(), row.uid());
            if (!row.seen() && reading.markSeen(session.getAccount(), row.mailbox(), row.uid())) {
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

    void open(String mailbox, long uid) {
        message = reading.read(session.getAccount(), mailbox, uid);
        messageFolder = mailbox;
        remoteImagesAllowed = false;
        senderTrusted = imageTrust.trusts(session.getAccount(), message.senderAddress());
        headersShown = false;
        blockedImages = message.html() == null ? 0 : HtmlSanitizer.sanitize(message.html(), false).blockedImages();
    }

    public void closeMessage() {
        message = null;
    }

    public void allowRemoteImages() {
        remoteImagesAllowed = true;
    }

    /** Trusts the open message's sender from now on; the body frame asks the server again. */
    public void trustSender() {
        if (message != null && message.senderAddress() != null) {
            imageTrust.trust(session.getAccount(), message.senderAddress());
            senderTrusted = true;
        }
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
        return context + MessageContentServlet.PATH + what + "?folder=" + encode(messageFolder) + "&uid="
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

    public String getMessageFolder() {
        return messageFolder;
    }

    /** A folder's name as the tree shows it (system folders translated). */
    public String folderLabel(String name) {
        TreeNode<FolderNode> node = find(folders, name);
        return node == null ? name : node.getData().label();
    }

    public SearchForm getSearch() {
        return search;
    }

    public MessageRowModel getMessages() {
        return messages;
    }

    public List<MessageRow> getTicked() {
        return ticked;
    }

    public void setTicked(List<MessageRow> ticked) {
        this.ticked = ticked == null ? new ArrayList<>() : ticked;
    }

    public String getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(String moveTarget) {
        this.moveTarget = moveTarget;
    }

    public String getFolderName() {
        return folderName;
    }

    public void setFolderName(String folderName) {
        this.folderName = folderName;
    }

    public String getFolderParent() {
        return folderParent;
    }

    public void setFolderParent(String folderParent) {
        this.folderParent = folderParent;
    }

    public MessageDisplay getMessage() {
        return message;
    }

    public boolean isRemoteImagesAllowed() {
        return remoteImagesAllowed;
    }

    public String getTrustSenderLabel() {
        return message == null ? "" : texts.get("message.trustSender", message.senderAddress());
    }

    /** Remote images are shown: allowed for this message, or its sender is trusted. */
    public boolean isImagesShown() {
        return remoteImagesAllowed || senderTrusted;
    }

    public boolean isHeadersShown() {
        return headersShown;
    }

    public int getBlockedImages() {
        return blockedImages;
    }
}
