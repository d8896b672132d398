package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.SpoolRepository;
import org.flutemail.domain.SpooledMessage;

/** Records spooled messages whose content is already durable, several in one transaction of their own. */
@ApplicationScoped
public class SpoolRows {

    /** One message to record: its content is in the blob store under {@code blobKey}. */
    public record Row(String queueId, Envelope envelope, String blobKey, long size) {
    }

    @Inject
    SpoolRepository spool;

    /** Returns the rows' queue ids once their transaction has committed; on failure none is recorded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> addAll(List<Row> rows) {
        List<SpooledMessage> messages = new ArrayList<>(rows.size());
        List<String> queueIds = new ArrayList<>(rows.size());
        for (Row row : rows) {
            messages.add(new SpooledMessage(row.queueId(), row.envelope(), row.blobKey(), row.size()));
            queueIds.add(row.queueId());
        }
        spool.addAll(messages);
        return queueIds;
    }
}
