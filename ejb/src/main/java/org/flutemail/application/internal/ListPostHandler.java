package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.HeldPost;
import org.flutemail.domain.HeldPostRepository;
import org.flutemail.domain.IncomingMail;
import org.flutemail.domain.ListPosting;
import org.flutemail.domain.MailingList;
import org.flutemail.domain.MailingListRepository;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;

/**
 * What happens to a message sent to a list, in the pipeline run's transaction: {@link ListPosting}
 * decides; a post that may go is distributed ({@link ListDistributor}), one from someone the policy
 * does not let through is held for a moderator (or refused), and one that already went through the
 * list is dropped. Refusals and loops are recorded as the recipient's failure, so message tracing
 * shows why the list did not send it. Mail to a list's bounce address is dropped: removing members
 * whose mail bounces is not done yet.
 */
@ApplicationScoped
public class ListPostHandler {

    private static final Logger LOG = Logger.getLogger(ListPostHandler.class.getName());

    @Inject
    MailingListRepository lists;

    @Inject
    HeldPostRepository held;

    @Inject
    BlobStore blobs;

    @Inject
    ListDistributor distributor;

    public void post(Mail mail, String address, MailetContext context) throws MailetException {
        Optional<MailingList> found = lists.byAddress(address);
        if (found.isEmpty()) {
            LOG.info(() -> "dropped mail " + mail.queueId() + " to the list bounce address " + address);
            return;
        }
        MailingList list = found.get();
        try {
            IncomingMail incoming;
            try (InputStream in = context.openContent(mail)) {
                incoming = IncomingMailReader.read(in, mail.reversePath(), address, mail.size());
            }
            switch (ListPosting.decide(list, incoming)) {
                case DISTRIBUTE -> {
                    distributor.distribute(list, () -> context.openContent(mail), context.now());
                    context.recordStep(mail, address, "list", "distributed to the members of " + address);
                }
                case HOLD -> {
                    hold(list, mail, incoming, context);
                    context.recordStep(mail, address, "list", "held for the moderators of " + address);
                }
                case REFUSE -> context.recordFailure(mail, List.of(address), "5.7.1", "list " + address
                        + " does not take posts from "
                        + (mail.reversePath().isEmpty() ? "the null sender" : mail.reversePath()));
                case LOOP -> context.recordFailure(mail, List.of(address), "5.4.6",
                        "mail loop: the message went through list " + address + " already");
            }
        } catch (IOException e) {
            throw new MailetException("cannot read or spool the post to list " + address + ": " + e.getMessage(), e);
        }
    }

    private void hold(MailingList list, Mail mail, IncomingMail incoming, MailetContext context) throws IOException {
        BlobKey content;
        try (InputStream in = context.openContent(mail)) {
            content = blobs.put(in);
        }
        held.add(new HeldPost(list, mail.reversePath(), incoming.subject(), content, mail.size(), context.now()));
        LOG.info(() -> "held mail " + mail.queueId() + " for the moderators of " + list.address());
    }
}
