package org.flutemail.infrastructure.migration;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.flutemail.domain.MessageFlags;
import org.flutemail.migration.MailSource;
import org.flutemail.migration.SourceFolder;
import org.flutemail.migration.SourceKeys;
import org.flutemail.migration.SourceMessage;

/**
 * Every selectable folder of an IMAP account, with its hierarchy (split at the server's separator),
 * its RFC 6154 special use, and its messages in UID order with flags and internal dates. Folders
 * are opened read-only and bodies fetched with BODY.PEEK, so the old server is left as it was.
 */
final class ImapMailSource implements MailSource {

    private static final int BATCH = 100;
    private static final List<String> SPECIAL_USES = List.of("\\Sent", "\\Drafts", "\\Trash", "\\Junk");

    private final IMAPStore store;

    ImapMailSource(IMAPStore store) {
        this.store = store;
    }

    @Override
    public List<SourceFolder> folders() throws IOException {
        try {
            List<SourceFolder> folders = new ArrayList<>();
            boolean inbox = false;
            for (Folder f : store.getDefaultFolder().list("*")) {
                if ((f.getType() & Folder.HOLDS_MESSAGES) == 0) {
                    continue;
                }
                String name = f.getFullName();
                inbox |= name.equalsIgnoreCase("INBOX");
                char separator = f.getSeparator();
                List<String> path = separator == 0 ? List.of(name)
                        : Arrays.asList(name.split(Pattern.quote(String.valueOf(separator)), -1));
                folders.add(new SourceFolder(name, path, specialUse((IMAPFolder) f)));
            }
            if (!inbox) {
                folders.add(SourceFolder.inbox());
            }
            folders.sort(Comparator.comparing((SourceFolder f) -> !f.name().equalsIgnoreCase("INBOX"))
                    .thenComparing(f -> String.join("\u0000", f.path())));
            return folders;
        } catch (MessagingException e) {
            throw MailSessions.failure("cannot list the folders", e);
        }
    }

    private static String specialUse(IMAPFolder folder) throws MessagingException {
        String[] attributes = folder.getAttributes();
        if (attributes == null) {
            return null;
        }
        for (String attribute : attributes) {
            for (String use : SPECIAL_USES) {
                if (use.equalsIgnoreCase(attribute)) {
                    return use;
                }
            }
        }
        return null;
    }

    @Override
    public void messages(SourceFolder source, MessageSink sink) throws IOException {
        Folder folder;
        try {
            folder = store.getFolder(source.name());
            folder.open(Folder.READ_ONLY);
        } catch (MessagingException e) {
            throw MailSessions.failure("cannot open folder " + source.name(), e);
        }
        try {
            UIDFolder uids = (UIDFolder) folder;
            long uidValidity = uids.getUIDValidity();
            Message[] all = folder.getMessages();
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
            for (int start = 0; start < all.length; start += BATCH) {
                Message[] batch = Arrays.copyOfRange(all, start, Math.min(all.length, start + BATCH));
                folder.fetch(batch, profile);
                for (Message m : batch) {
                    long uid = uids.getUID(m);
                    sink.accept(new SourceMessage(SourceKeys.imap(source.name(), uidValidity, uid), "UID " + uid,
                            flags(m.getFlags()), m.getReceivedDate() == null ? null : m.getReceivedDate().toInstant(),
                            () -> TemporaryContent.fetch(m, "fetch")));
                }
            }
        } catch (MessagingException e) {
            throw MailSessions.failure("cannot read folder " + source.name(), e);
        } finally {
            MailSessions.closeQuietly(folder);
        }
    }

    static MessageFlags flags(Flags flags) {
        List<String> keywords = new ArrayList<>();
        for (String keyword : flags.getUserFlags()) {
            keywords.add(keyword);
        }
        return new MessageFlags(flags.contains(Flags.Flag.SEEN), flags.contains(Flags.Flag.ANSWERED),
                flags.contains(Flags.Flag.FLAGGED), flags.contains(Flags.Flag.DRAFT), keywords);
    }

    @Override
    public void close() {
        MailSessions.closeQuietly(store);
    }

    @Override
    public String toString() {
        return "IMAP " + store.getURLName().getHost().toLowerCase(Locale.ROOT);
    }
}
