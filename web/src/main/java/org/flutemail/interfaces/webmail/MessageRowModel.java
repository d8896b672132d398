package org.flutemail.interfaces.webmail;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.flutemail.application.MailReadingService;
import org.flutemail.application.MailSearchService;
import org.flutemail.application.ReadingViews.MessageOrder;
import org.flutemail.application.ReadingViews.MessageRow;
import org.flutemail.application.ReadingViews.SearchCriteria;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The message list, one page at a time from the database: the table asks for the count and then for
 * the rows of the page it shows, sorted by the column the user clicked (newest first by default). Or the
 * result of a search (or quick filter), found once when the search is made and then paged here.
 */
public class MessageRowModel extends LazyDataModel<MessageRow> {

    private static final long serialVersionUID = 1L;

    private final MailReadingService reading;
    private final MailSearchService searching;
    private final String account;
    private String mailbox;
    private SearchCriteria criteria;
    private List<MessageRow> found;

    MessageRowModel(MailReadingService reading, MailSearchService searching, String account, String mailbox) {
        this.reading = reading;
        this.searching = searching;
        this.account = account;
        this.mailbox = mailbox;
    }

    void showMailbox(String mailbox) {
        this.mailbox = mailbox;
        this.criteria = null;
        this.found = null;
    }

    void showSearch(SearchCriteria criteria) {
        this.criteria = criteria;
        this.found = null;
    }

    /** Runs the search again on next display: the rows acted on may have moved, gone or changed flags. */
    void refresh() {
        found = null;
    }

    boolean isSearch() {
        return criteria != null;
    }

    private List<MessageRow> found() {
        if (found == null) {
            found = searching.search(account, criteria);
        }
        return found;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (isSearch()) {
            return found().size();
        }
        return (int) Math.min(Integer.MAX_VALUE, reading.count(account, mailbox));
    }

    @Override
    public List<MessageRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        MessageOrder order = MessageOrder.DATE;
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            order = order(sort.getField());
            ascending = sort.getOrder() == SortOrder.ASCENDING;
            break;
        }
        if (isSearch()) {
            List<MessageRow> rows = found().stream().sorted(ascending ? comparator(order) : comparator(order).reversed())
                    .toList();
            return rows.subList(Math.min(first, rows.size()), Math.min(first + pageSize, rows.size()));
        }
        return reading.page(account, mailbox, order, ascending, first, pageSize).rows();
    }

    private static Comparator<MessageRow> comparator(MessageOrder order) {
        switch (order) {
            case SENDER:
                return Comparator.comparing(r -> r.from() == null ? "" : r.from().toLowerCase());
            case SUBJECT:
                return Comparator.comparing(r -> r.subject() == null ? "" : r.subject().toLowerCase());
            case SIZE:
                return Comparator.comparingLong(MessageRow::size);
            case DATE:
            default:
                return Comparator.comparing(MessageRow::date);
        }
    }

    static MessageOrder order(String field) {
        if (field == null) {
            return MessageOrder.DATE;
        }
        switch (field) {
            case "from":
                return MessageOrder.SENDER;
            case "subject":
                return MessageOrder.SUBJECT;
            case "size":
                return MessageOrder.SIZE;
            default:
                return MessageOrder.DATE;
        }
    }

    @Override
    public String getRowKey(MessageRow row) {
        return row.key();
    }

    @Override
    public MessageRow getRowData(String rowKey) {
        List<MessageRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(r -> r.key().equals(rowKey)).findFirst().orElse(null);
    }
}
