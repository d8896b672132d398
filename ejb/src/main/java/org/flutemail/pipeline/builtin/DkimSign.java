package org.flutemail.pipeline.builtin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.flutemail.dkim.DkimSigner;
import org.flutemail.dkim.DkimSigningKey;
import org.flutemail.dkim.HeaderField;
import org.flutemail.dkim.HeaderReader;
import org.flutemail.dkim.HeaderTooLargeException;
import org.flutemail.pipeline.Mail;
import org.flutemail.pipeline.MailetContext;
import org.flutemail.pipeline.Mailet;

/**
 * Signs outgoing mail with DKIM for the domain of its From address, when that domain is local and has
 * active keys (one signature per key). Mail whose From is not ours, or that has no single From, goes
 * out unsigned: signing another domain's mail would only vouch for something we cannot know.
 *
 * <p>The content is read twice, its header first to find the domain, then whole to sign; both reads
 * stream from storage.
 */
public final class DkimSign implements Mailet {

    private static final Logger LOG = Logger.getLogger(DkimSign.class.getName());

    private final DkimSigner signer = new DkimSigner();

    @Override
    public void service(Mail mail, MailetContext context) {
        try {
            Optional<String> domain = fromDomain(mail, context);
            if (domain.isEmpty()) {
                return;
            }
            List<DkimSigningKey> keys = context.dkimSigningKeys(domain.get());
            if (keys.isEmpty()) {
                return;
            }
            List<String> signatures;
            try (InputStream in = new BufferedInputStream(context.openContent(mail))) {
                signatures = signer.sign(in, keys, context.now());
            }
            for (String signature : signatures) {
                mail.prependHeader("DKIM-Signature", signature);
            }
        } catch (HeaderTooLargeException e) {
            LOG.warning(() -> mail.queueId() + " goes out unsigned: " + e.getMessage());
        } catch (IOException e) {
            // The content is in storage and must be readable: a failure is worth a retry, not an unsigned mail.
            throw new UncheckedIOException("cannot read " + mail.queueId() + " to sign it", e);
        }
    }

    /** The domain of the single From address, if the header has exactly one From field. */
    static Optional<String> fromDomain(Mail mail, MailetContext context) throws IOException {
        List<HeaderField> fields;
        try (InputStream in = new BufferedInputStream(context.openContent(mail))) {
            fields = HeaderReader.read(in);
        }
        List<HeaderField> from = fields.stream().filter(f -> f.is("From")).toList();
        return from.size() == 1 ? addressDomain(from.get(0).value()) : Optional.empty();
    }

    /**
     * The domain of the first address in a From value: the one in angle brackets if there are any,
     * else the bare address; comments dropped. Enough to choose a key; not a full RFC 5322 parser.
     */
    static Optional<String> addressDomain(String value) {
        String v = value.replaceAll("\\r?\\n", "").replaceAll("\\([^()]*\\)", " ");
        int open = v.indexOf('<');
        String address = open >= 0 ? v.substring(open + 1, Math.max(open + 1, v.indexOf('>', open)))
                : v.split(",")[0];
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String domain = address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        return domain.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?") ? Optional.of(domain) : Optional.empty();
    }
}
