package org.flutemail.infrastructure.monitoring;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.flutemail.domain.MailLogEntry;
import org.flutemail.domain.MailLogRepository;
import org.flutemail.domain.StatisticsRepository;
import org.flutemail.domain.StatisticsRepository.HourFigure;

/** One flush batch, in a transaction of its own, so a failure is seen (and the batch kept) by the flusher. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StatisticsWriter {

    @Inject
    StatisticsRepository statistics;

    @Inject
    MailLogRepository log;

    public void writeHourly(List<HourFigure> figures) {
        statistics.add(figures);
    }

    public void writeLog(List<MailLogEntry> lines) {
        log.addAll(lines);
    }
}
