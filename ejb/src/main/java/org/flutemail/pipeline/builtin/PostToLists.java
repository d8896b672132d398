package org.flutemail.pipeline.builtin;

import java.util.List;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.MailetException;
import org.flutemail.pipeline.Mailet;

/**
 * Hands each mailing list among the recipients to the list (one split-off mail per list), which sends
 * new copies to its members as mail of their own; this mail then ends for those recipients. Runs
 * after alias resolution, so an alias that points at a list reaches it.
 */
public final class PostToLists implements Mailet {

    @Override
    public void service(Mail mail, MailetContext context) throws MailetException {
        for (String list : mail.recipients()) {
            Mail post = mail.split(List.of(list));
            context.postToList(post, list);
            post.finish();
        }
    }
}
