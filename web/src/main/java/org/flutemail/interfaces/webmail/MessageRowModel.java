package org.flutemail.interfaces.webmail;

import java.util.List;
import java.util.Map;
import org.flutemail.application.MailReadingService;
import org.flutemail.application.ReadingViews.MessageOrder;
import org.flutemail.application.ReadingViews.MessageRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The message list, one page at a time from the database: the table asks for the count and then for
 * the rows of the page it shows, sorted by the column the user clicked (newest first by default).
 */
public class MessageRowModel extends LazyDataModel<MessageRow> {

    private static final long serialVersionUID = 1L;

    private final MailReadingService reading;
    private final String account;
    private String mailbox;

    MessageRowModel(MailReadingService reading, String account, String mailbox) {
        this.reading = reading;
        this.account = account;
        this.mailbox = mailbox;
    }

    void showMailbox(String mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
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
        return reading.page(account, mailbox, order, ascending, first, pageSize).rows();
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
        return String.valueOf(row.uid());
    }

    @Override
    public MessageRow getRowData(String rowKey) {
        List<MessageRow> page = getWrappedData();
        if (page == null) {
            return null;
        }
        return page.stream().filter(r -> String.valueOf(r.uid()).equals(rowKey)).findFirst().orElse(null);
    }
}
