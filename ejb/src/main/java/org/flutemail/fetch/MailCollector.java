package org.flutemail.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flutemail.domain.FetchErrorKind;

/**
 * One collection from one outside mailbox: list it, take in what was not taken in before, and (when no
 * copy is to stay on the server) delete what has been taken in.
 *
 * <p>The order is what makes it safe. Each message is downloaded whole into a local file first, so a
 * connection cut in the middle of a message leaves nothing behind but that file. Then {@link Intake}
 * stores it and records its remote id in one transaction: after a crash either both happened or
 * neither. Deletion on the server is asked for only after that commit, and done only when the session
 * ends well; a message taken in but not deleted is deleted on the next run, never taken in twice.
 */
public final class MailCollector {

    /** Takes a downloaded message in for good. */
    public interface Intake {

        /**
         * Stores the message and records its remote id in one transaction; returns false, storing
         * nothing, when the id was recorded before (another collection was quicker).
         */
        boolean accept(RemoteMessage message, Path content) throws Exception;
    }

    /**
     * @param maxMessages how many messages one run takes in at most, so that a full mailbox is
     *                    collected in several bounded runs rather than one that never ends
     */
    public record Policy(boolean leaveCopy, int maxMessages) {
    }

    /**
     * @param listed  the ids the server listed, when it got that far: every recorded id not among
     *                them belongs to a message the server no longer has
     * @param failure why the run stopped early, if it did; what was taken in before stays taken in
     */
    public record Result(int collected, boolean moreWaiting, Optional<Set<String>> listed,
            Optional<FetchException> failure) {
    }

    private final Path workDirectory;

    /** @param workDirectory where messages are downloaded to before they are taken in */
    public MailCollector(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    public Result collect(RemoteMailboxClient client, RemoteEndpoint endpoint, Policy policy,
            Set<String> alreadyFetched, Intake intake) {
        int collected = 0;
        Optional<Set<String>> listed = Optional.empty();
        try (RemoteMailbox mailbox = client.open(endpoint)) {
            List<RemoteMessage> messages = mailbox.list();
            listed = Optional.of(messages.stream().map(RemoteMessage::id).collect(Collectors.toUnmodifiableSet()));
            boolean more = false;
            for (RemoteMessage message : messages) {
                if (!alreadyFetched.contains(message.id())) {
                    if (collected == policy.maxMessages()) {
                        more = true;
                        break;
                    }
                    if (takeIn(mailbox, message, intake)) {
                        collected++;
                    }
                }
                if (!policy.leaveCopy()) {
                    mailbox.markDeleted(message);
                }
            }
            if (!policy.leaveCopy()) {
                mailbox.commitDeletions();
            }
            return new Result(collected, more, listed, Optional.empty());
        } catch (FetchException e) {
            return new Result(collected, false, listed, Optional.of(e));
        }
    }

    private boolean takeIn(RemoteMailbox mailbox, RemoteMessage message, Intake intake) throws FetchException {
        Path file = null;
        try {
            file = Files.createTempFile(workDirectory, "fetch-", ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                mailbox.download(message, out);
            }
            return intake.accept(message, file);
        } catch (FetchException e) {
            throw e;
        } catch (Exception e) {
            throw new FetchException(FetchErrorKind.LOCAL, "message " + message.id() + " could not be stored: " + e, e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover download holds nothing anyone relies on; the server clears them at start.
        }
    }
}
