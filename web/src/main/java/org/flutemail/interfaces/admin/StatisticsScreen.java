package org.flutemail.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.flutemail.application.CallerGuard;
import org.flutemail.application.DomainService;
import org.flutemail.application.StatisticsService;
import org.flutemail.application.StatisticsService.Statistics;
import org.flutemail.application.Views.DomainView;

/**
 * Statistics with charts: the whole server or one domain for system administrators, their domains
 * (all or one) for domain administrators; the last day, week or month.
 */
@Named
@ViewScoped
public class StatisticsScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Integer> PERIODS = List.of(1, 7, 30);
    static final int TOP = 10;

    @Inject
    CallerGuard guard;

    @Inject
    AdminTexts texts;

    @EJB
    StatisticsService statistics;

    @EJB
    DomainService domains;

    private String domain;
    private int days = 7;
    private transient Statistics result;

    /** "" (every domain the caller sees) and each of those domains. */
    public List<String> getDomains() {
        Set<String> mine = guard.reportDomains(null);
        return mine == null ? domains.list().stream().map(DomainView::name).sorted().toList()
                : mine.stream().sorted().toList();
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public Statistics getResult() {
        if (result == null) {
            Instant now = Instant.now();
            result = statistics.statistics(now.minus(Duration.ofDays(days)), now, guard.reportDomains(domain), TOP);
        }
        return result;
    }

    public String getHourlyChart() {
        return StatisticsCharts.hourly(getResult().hourly(), labels());
    }

    public String getDailyChart() {
        return StatisticsCharts.daily(getResult().daily(), labels());
    }

    private StatisticsCharts.Labels labels() {
        return new StatisticsCharts.Labels(texts.get("statistics.in"), texts.get("statistics.out"),
                texts.get("statistics.rejected"));
    }

    public void show() {
        if (!PERIODS.contains(days)) {
            days = 7;
        }
        result = null;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain == null || domain.isBlank() ? null : domain;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
