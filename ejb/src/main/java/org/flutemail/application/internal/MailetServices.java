package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.flutemail.dkim.DkimSigningKey;
import org.flutemail.dns.DnsResolver;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.DkimKey;
import org.flutemail.domain.DkimKeyRepository;
import org.flutemail.domain.DomainDisclaimerRepository;
import org.flutemail.domain.TraceStep;
import org.flutemail.domain.TraceStepRepository;
import org.flutemail.disclaimer.Disclaimer;
import org.flutemail.pipeline.DisclaimerPolicy;
import org.flutemail.pipeline.Mail;

/**
 * What mailets reach through {@link SpoolMailetContext} beyond recipients and delivery: the mail's
 * current octets, the domain's DKIM keys and disclaimer, DNS and the recipients' own settings.
 */
@ApplicationScoped
public class MailetServices {

    private static final Logger LOG = Logger.getLogger(MailetServices.class.getName());

    @Inject
    BlobStore blobs;

    @Inject
    DkimKeyRepository dkimKeys;

    @Inject
    DnsResolver dns;

    @Inject
    PersonalDelivery personalDelivery;

    @Inject
    DomainDisclaimerRepository disclaimers;

    @Inject
    TraceStepRepository traceSteps;

    public InputStream openContent(Mail mail) throws IOException {
        InputStream content = mail.rewrittenContent().isPresent()
                ? new ByteArrayInputStream(mail.rewrittenContent().get())
                : blobs.open(new BlobKey(mail.contentKey()));
        return new SequenceInputStream(new ByteArrayInputStream(mail.prefix()), content);
    }

    /** The enabled disclaimer of a local domain, as the pipeline applies it. */
    /** Keeps a processing step for message tracing, in the caller's transaction. */
    public void recordStep(TraceStep step) {
        traceSteps.add(step);
    }

    public Optional<DisclaimerPolicy> disclaimer(String domain) {
        return disclaimers.enabledFor(domain).map(d -> new DisclaimerPolicy(
                Disclaimer.of(d.plainText(), d.htmlText()), d.internalToo()));
    }

    public List<DkimSigningKey> dkimSigningKeys(String domain) {
        List<DkimSigningKey> usable = new ArrayList<>();
        for (DkimKey k : dkimKeys.activeFor(domain)) {
            try {
                usable.add(DkimSigningKey.fromPkcs8(domain, k.selector(), k.algorithm(), k.privateKey()));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // A damaged key must not stop mail: it goes out signed by the other keys, or unsigned.
                LOG.warning(() -> "DKIM key " + k.selector() + " of " + domain + " cannot be read: " + e);
            }
        }
        return usable;
    }

    public DnsResolver dns() {
        return dns;
    }

    @Inject
    ListPostHandler listPosts;

    public ListPostHandler listPosts() {
        return listPosts;
    }

    public PersonalDelivery personalDelivery() {
        return personalDelivery;
    }
}
