package org.flutemail.pipeline.builtin;

import static org.flutemail.pipeline.ProcessorNames.ERROR;
import static org.flutemail.pipeline.ProcessorNames.LOCAL_DELIVERY;
import static org.flutemail.pipeline.ProcessorNames.RELAY;
import static org.flutemail.pipeline.ProcessorNames.ROOT;

import java.util.List;
import org.flutemail.pipeline.RecipientStatus;
import org.flutemail.pipeline.engine.MailPipeline;
import org.flutemail.pipeline.engine.Processor;
import org.flutemail.pipeline.engine.Step;

/**
 * The processors of a stock Flute server:
 * <pre>
 * root:           add Received; for mail from other servers to local recipients, check SPF
 *                 and DKIM and add Authentication-Results; resolve aliases; mailing lists distribute,
 *                 hold or refuse (their copies are new mail); local accounts -> local-delivery;
 *                 other domains -> relay; the rest (local but unknown) -> error
 * local-delivery: the sender domain's disclaimer, if it asks for mail between local accounts too;
 *                 each recipient's own settings (rules, block/allow lists, forwarding, automatic
 *                 reply); store in INBOX (a recipient whose mailbox refuses it, full or
 *                 suspended, is reported alone; the others still get theirs)
 * relay:          the sender domain's disclaimer on mail its accounts submitted (before signing, so
 *                 the signature covers it; ADR 0020); sign with DKIM for a local From domain; queue
 *                 for remote delivery
 * error:          record the failure, which reports it to the sender
 * </pre>
 * Filters (spam, virus, rules) join as further steps and processors.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    public static MailPipeline create() {
        Processor root = new Processor(ROOT, List.of(
                new Step("add-received", new All(), new AddReceivedHeader()),
                new Step("authentication-results", new UnauthenticatedToLocal(), new AddAuthenticationResults()),
                new Step("resolve-aliases", new All(), new ResolveAliases()),
                new Step("mailing-lists", new RecipientIs(RecipientStatus.LIST), new PostToLists()),
                new Step("local-accounts", new RecipientIs(RecipientStatus.ACCOUNT), new ToProcessor(LOCAL_DELIVERY)),
                new Step("other-domains", new RecipientIs(RecipientStatus.NOT_LOCAL), new ToProcessor(RELAY)),
                new Step("no-route", new All(),
                        new ToProcessor(ERROR, "5.1.1", "no mailbox here takes mail for this recipient any more"))),
                ERROR);
        Processor localDelivery = new Processor(LOCAL_DELIVERY, List.of(
                new Step("disclaimer-internal", new SubmittedByAccount(), new AddDisclaimer(true)),
                new Step("personal-settings", new All(), new ApplyPersonalSettings()),
                new Step("store-in-inbox", new All(), new LocalDelivery())),
                ERROR);
        Processor relay = new Processor(RELAY, List.of(
                new Step("disclaimer", new SubmittedByAccount(), new AddDisclaimer(false)),
                new Step("dkim-sign", new All(), new DkimSign()),
                new Step("remote-delivery", new All(), new RemoteDelivery())),
                ERROR);
        Processor error = new Processor(ERROR, List.of(
                new Step("record-failure", new All(), new RecordFailure())),
                ERROR);
        return new MailPipeline(List.of(root, localDelivery, relay, error));
    }
}
