package org.flutemail.infrastructure.outbound;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.flutemail.application.RemoteTransport;
import org.flutemail.domain.BlobKey;
import org.flutemail.domain.BlobStore;
import org.flutemail.domain.RecipientDsn;
import org.flutemail.protocol.smtp.client.BodyType;
import org.flutemail.protocol.smtp.client.DeliveryRequest;
import org.flutemail.protocol.smtp.client.DeliveryResult;
import org.flutemail.protocol.smtp.client.DeliveryStatus;
import org.flutemail.protocol.smtp.client.MessageContent;
import org.flutemail.protocol.smtp.client.RecipientResult;
import org.flutemail.protocol.smtp.client.ReturnContent;
import org.flutemail.protocol.smtp.client.ReversePath;
import org.flutemail.protocol.smtp.client.SmtpDeliveryClient;

import org.flutemail.application.Setting;
import org.flutemail.application.internal.StoredSettings;

/** {@link RemoteTransport} over SMTP, through the resolver {@link OutboundSettings} chooses. */
@ApplicationScoped
public class SmtpRemoteTransport implements RemoteTransport {

    @Inject
    BlobStore blobs;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    StoredSettings settings;

    private record Client(String smartHost, String heloName, SmtpDeliveryClient client) {
    }

    private volatile Client current;

    @PostConstruct
    void connect() {
        current = connect(settings.value(Setting.SMART_HOST), settings.hostName());
    }

    private Client connect(String smartHost, String heloName) {
        return new Client(smartHost, heloName, new SmtpDeliveryClient(OutboundSettings.resolver(smartHost),
                OutboundSettings.client(heloName, scheduler)));
    }

    /**
     * The client for the smart host and host name settings as they are now: a changed setting applies
     * to the next delivery (the host name is what this server says in EHLO).
     */
    private SmtpDeliveryClient client() {
        String smartHost = settings.value(Setting.SMART_HOST);
        String heloName = settings.hostName();
        Client c = current;
        if (!c.smartHost().equals(smartHost) || !c.heloName().equals(heloName)) {
            c = connect(smartHost, heloName);
            current = c;
        }
        return c.client();
    }

    @Override
    public List<Result> deliver(Job job) {
        BlobKey key = new BlobKey(job.blobKey());
        MessageContent content = new MessageContent() {
            @Override
            public InputStream openStream() throws IOException {
                return blobs.open(key);
            }

            @Override
            public long size() {
                return job.size();
            }
        };
        List<org.flutemail.protocol.smtp.client.Recipient> recipients = job.recipients().stream().map(SmtpRemoteTransport::recipient).toList();
        DeliveryRequest request = new DeliveryRequest(job.domain(),
                job.reversePath().isEmpty() ? ReversePath.NULL : ReversePath.of(job.reversePath()),
                recipients, content,
                "7BIT".equals(job.bodyType()) ? BodyType.SEVEN_BIT : BodyType.EIGHT_BIT_MIME,
                job.smtpUtf8(), job.dsnEnvelopeId().isEmpty() ? null : job.dsnEnvelopeId(),
                job.dsnReturn().isEmpty() ? null : ReturnContent.valueOf(job.dsnReturn()));
        DeliveryResult result = client().deliver(request);
        List<Result> results = new ArrayList<>();
        for (RecipientResult r : result.recipients()) {
            Outcome outcome = r.status() == DeliveryStatus.DELIVERED ? Outcome.DELIVERED
                    : r.status() == DeliveryStatus.PERMANENT_FAILURE ? Outcome.PERMANENT : Outcome.TEMPORARY;
            results.add(new Result(r.recipient().address(), outcome, r.reply().toString(),
                    r.remoteMta() == null ? "" : r.remoteMta(), r.remoteReports()));
        }
        return results;
    }

    private static org.flutemail.protocol.smtp.client.Recipient recipient(RemoteTransport.Recipient r) {
        RecipientDsn dsn = r.dsn();
        String original = dsn.original().regionMatches(true, 0, "rfc822;", 0, 7)
                ? dsn.original().substring(7) : dsn.original();
        return new org.flutemail.protocol.smtp.client.Recipient(r.address(), dsn.notifyOn().isEmpty() ? null : dsn.notifyText(),
                original.isEmpty() ? null : original);
    }
}
