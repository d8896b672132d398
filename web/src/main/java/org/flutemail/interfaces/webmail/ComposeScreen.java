package org.flutemail.interfaces.webmail;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.flutemail.application.AddressCompletionService;
import org.flutemail.application.ComposeService;
import org.flutemail.application.ComposeViews.Attachment;
import org.flutemail.application.ComposeViews.Composition;
import org.flutemail.application.MailReadingService;
import org.flutemail.application.SignatureService;
import org.flutemail.application.SignatureService.SignatureView;
import org.flutemail.application.ReadingViews.AttachmentView;
import org.flutemail.application.ReadingViews.MessageDisplay;
import org.flutemail.application.ReadingViews.PartContent;
import org.flutemail.domain.InvalidAddressException;
import org.flutemail.domain.InvalidRequestException;
import org.flutemail.domain.NotFoundException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The compose screen: a new message, a reply, a forward or a reopened draft, written as plain or
 * rich text, with attachments; saved to Drafts on demand and every minute while it changes, and
 * sent through {@link ComposeService}. What to start from comes in the address (GET parameters that
 * only fill the form; every action is a POST postback).
 */
@Named
@ViewScoped
public class ComposeScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ComposeService compose;

    @EJB
    MailReadingService reading;

    @EJB
    SignatureService signatures;

    @EJB
    AddressCompletionService completion;

    @Inject
    WebmailSession session;

    @Inject
    Texts texts;

    @Inject
    Languages languages;

    // What to start from (view parameters).
    private String folder;
    private Long reply;
    private Long replyAll;
    private Long forward;
    private Long forwardAttached;
    private Long draft;

    // The message being written.
    private String to = "";
    private String cc = "";
    private String bcc = "";
    private String subject = "";
    private String plainText = "";
    private String html = "";
    private Stationery stationery = Stationery.PLAIN;
    private boolean rich;
    private boolean readReceipt;
    private final List<Attachment> attachments = new ArrayList<>();
    private String inReplyTo;
    private String references;
    private Long draftUid;
    private java.time.LocalDateTime sendAt;
    private int savedHash;
    private boolean prepared;
    private Long signatureChoice;
    private final java.util.Map<String, String> completionLabels = new java.util.HashMap<>();

    /** Fills the form from what the address asks for, once per view. */
    public void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        try {
            if (draft != null) {
                load(compose.draft(account(), draft));
            } else if (reply != null || replyAll != null) {
                MessageDisplay original = reading.read(account(), folder, reply != null ? reply : replyAll);
                String attribution = texts.get("compose.attribution", session.format(original.date(),
                        languages.getCurrent()), original.from());
                load(ReplyDrafts.reply(original, account(), replyAll != null, attribution));
            } else if (forward != null) {
                MessageDisplay original = reading.read(account(), folder, forward);
                String header = texts.get("compose.forwardHeader", original.from(),
                        session.format(original.date(), languages.getCurrent()), nullToEmpty(original.subject()),
                        nullToEmpty(original.to()));
                load(ReplyDrafts.forward(original, header, attachmentsOf(original)));
            } else if (forwardAttached != null) {
                MessageDisplay original = reading.read(account(), folder, forwardAttached);
                load(ReplyDrafts.forwardAttached(original, compose.asAttachment(account(), folder, forwardAttached)));
            }
            if (draft == null) {
                signatures.defaultSignature(account()).ifPresent(s -> plainText = withSignature(plainText, s.body()));
            }
        } catch (EJBException e) {
            if (!(e.getCause() instanceof NotFoundException)) {
                throw e;
            }
            notice(FacesMessage.SEVERITY_WARN, "message.gone");
        } catch (NotFoundException e) {
            notice(FacesMessage.SEVERITY_WARN, "message.gone");
        }
        savedHash = composition().hashCode();
    }

    private List<Attachment> attachmentsOf(MessageDisplay original) {
        List<Attachment> found = new ArrayList<>();
        for (AttachmentView a : original.attachments()) {
            reading.part(account(), folder, original.uid(), a.section()).ifPresent((PartContent p) ->
                    found.add(new Attachment(p.fileName(), p.contentType(), p.data())));
        }
        return found;
    }

    private void load(Composition c) {
        to = c.to();
        cc = c.cc();
        bcc = c.bcc();
        subject = c.subject();
        rich = c.html() != null;
        plainText = c.plainText();
        Stationery.Wrapped body = Stationery.unwrap(rich ? HtmlSanitizer.sanitize(c.html(), true).html() : "");
        html = body.html();
        stationery = body.stationery();
        readReceipt = c.readReceipt();
        attachments.clear();
        attachments.addAll(c.attachments());
        inReplyTo = c.inReplyTo();
        references = c.references();
        draftUid = c.draftUid();
    }

    Composition composition() {
        String text = rich ? HtmlText.plain(html) : plainText;
        return new Composition(to, cc, bcc, subject, text, rich ? stationery.wrap(html) : null, attachments,
                readReceipt, inReplyTo, references, draftUid);
    }

    public String send() {
        try {
            compose.send(account(), clientAddress(), composition());
        } catch (InvalidAddressException e) {
            notice(FacesMessage.SEVERITY_ERROR, "compose.badAddress", e.getMessage());
            return null;
        } catch (InvalidRequestException e) {
            notice(FacesMessage.SEVERITY_ERROR, "compose.noRecipients");
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        notice(FacesMessage.SEVERITY_INFO, "compose.sent");
        return "/mail.xhtml?faces-redirect=true";
    }

    /** Keeps the message to go at the chosen time, read in the user's time zone. */
    public String schedule() {
        if (sendAt == null || !sendAt.atZone(session.getZone()).toInstant().isAfter(java.time.Instant.now())) {
            notice(FacesMessage.SEVERITY_ERROR, "compose.pastTime");
            return null;
        }
        try {
            compose.schedule(account(), clientAddress(), composition(), sendAt.atZone(session.getZone()).toInstant());
        } catch (InvalidAddressException e) {
            notice(FacesMessage.SEVERITY_ERROR, "compose.badAddress", e.getMessage());
            return null;
        } catch (InvalidRequestException e) {
            notice(FacesMessage.SEVERITY_ERROR, "compose.noRecipients");
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        notice(FacesMessage.SEVERITY_INFO, "compose.scheduled", session.format(
                sendAt.atZone(session.getZone()).toInstant(), languages.getCurrent()));
        return "/scheduled.xhtml?faces-redirect=true";
    }

    public void saveDraft() {
        if (save()) {
            notice(FacesMessage.SEVERITY_INFO, "compose.draftSaved");
        }
    }

    /** Called by the page every minute: saves only what changed since the last save. */
    public void autoSave() {
        if (composition().hashCode() != savedHash) {
            save();
        }
    }

    private boolean save() {
        try {
            draftUid = compose.saveDraft(account(), composition());
            savedHash = composition().hashCode();
            return true;
        } catch (InvalidAddressException e) {
            notice(FacesMessage.SEVERITY_ERROR, "compose.badAddress", e.getMessage());
        } catch (InvalidRequestException e) {
            notice(FacesMessage.SEVERITY_ERROR, "compose.draftFailed");
        }
        return false;
    }

    /** The signature goes above a quoted or forwarded text, after the "-- " line of RFC 3676. */
    static String withSignature(String body, String signature) {
        return "\n\n-- \n" + signature + (body == null ? "" : body);
    }

    public List<SignatureView> getSignatures() {
        return signatures.signatures(account());
    }

    /** Adds the chosen signature at the end of the text. */
    public void insertSignature() {
        if (signatureChoice == null) {
            return;
        }
        signatures.signatures(account()).stream().filter(s -> s.id() == signatureChoice).findFirst().ifPresent(s -> {
            if (rich) {
                html = html + HtmlText.html("-- \n" + s.body());
            } else {
                plainText = plainText + "\n-- \n" + s.body();
            }
        });
        signatureChoice = null;
    }

    public Long getSignatureChoice() {
        return signatureChoice;
    }

    public void setSignatureChoice(Long signatureChoice) {
        this.signatureChoice = signatureChoice;
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file.getSize() > getMaxAttachmentBytes()) {
            notice(FacesMessage.SEVERITY_ERROR, "compose.tooLarge", file.getFileName());
            return;
        }
        attachments.add(new Attachment(file.getFileName(), file.getContentType(), file.getContent()));
    }

    public void removeAttachment(int index) {
        if (index >= 0 && index < attachments.size()) {
            attachments.remove(index);
        }
    }

    /** Switching between plain and rich text carries the text over. */
    public void richChanged() {
        if (rich) {
            html = HtmlText.html(plainText);
        } else {
            plainText = HtmlText.plain(html);
        }
    }

    /**
     * Completes the last address of a list: after "@" the local domain ("li@exa" becomes
     * "li@example.test"); before it, from the address books ({@link AddressCompletion}). Each offer is
     * the whole field with its last address completed.
     */
    public List<String> completeAddress(String typed) {
        List<String> offers = AddressCompletion.offers(typed, account(), completion);
        offers.forEach(o -> completionLabels.put(o, AddressCompletion.lastAddress(o)));
        return offers;
    }

    /** What the completion list shows for an offer: the completed address alone. */
    public String completionLabel(String offer) {
        return completionLabels.getOrDefault(offer, AddressCompletion.lastAddress(offer));
    }

    public String sizeOf(Attachment attachment) {
        return ByteSizes.format(attachment.data().length, languages.getCurrent());
    }

    public long getMaxAttachmentBytes() {
        return AttachmentLimit.bytes();
    }

    private String account() {
        return session.getAccount();
    }

    private static String clientAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private void notice(FacesMessage.Severity severity, String key, Object... arguments) {
        texts.notice(severity, key, arguments);
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public Long getReply() {
        return reply;
    }

    public void setReply(Long reply) {
        this.reply = reply;
    }

    public Long getReplyAll() {
        return replyAll;
    }

    public void setReplyAll(Long replyAll) {
        this.replyAll = replyAll;
    }

    public Long getForward() {
        return forward;
    }

    public void setForward(Long forward) {
        this.forward = forward;
    }

    public Long getForwardAttached() {
        return forwardAttached;
    }

    public void setForwardAttached(Long forwardAttached) {
        this.forwardAttached = forwardAttached;
    }

    public Long getDraft() {
        return draft;
    }

    public void setDraft(Long draft) {
        this.draft = draft;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null ? "" : to;
    }

    public String getCc() {
        return cc;
    }

    public void setCc(String cc) {
        this.cc = cc == null ? "" : cc;
    }

    public String getBcc() {
        return bcc;
    }

    public void setBcc(String bcc) {
        this.bcc = bcc == null ? "" : bcc;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null ? "" : subject;
    }

    public String getPlainText() {
        return plainText;
    }

    public void setPlainText(String plainText) {
        this.plainText = plainText == null ? "" : plainText;
    }

    public Stationery getStationery() {
        return stationery;
    }

    public void setStationery(Stationery stationery) {
        this.stationery = stationery == null ? Stationery.PLAIN : stationery;
    }

    public List<Stationery> getStationeries() {
        return List.of(Stationery.values());
    }

    public List<Emoticons.Emoticon> getEmoticons() {
        return Emoticons.ALL;
    }

    public String getHtml() {
        return html;
    }

    /** What the editor sends is made safe like any HTML we show again (drafts reopen it). */
    public void setHtml(String html) {
        this.html = html == null ? "" : HtmlSanitizer.sanitize(html, true).html();
    }

    public boolean isRich() {
        return rich;
    }

    public void setRich(boolean rich) {
        this.rich = rich;
    }

    public boolean isReadReceipt() {
        return readReceipt;
    }

    public void setReadReceipt(boolean readReceipt) {
        this.readReceipt = readReceipt;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public java.time.LocalDateTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(java.time.LocalDateTime sendAt) {
        this.sendAt = sendAt;
    }

    public String getZone() {
        return session.getZone().getId();
    }

    public Long getDraftUid() {
        return draftUid;
    }
}
