package org.flutemail.application;

import java.util.List;
import org.flutemail.application.ReadingViews.MessageRow;
import org.flutemail.application.ReadingViews.SearchCriteria;

/**
 * Searching one's own mail in the webmail, in one folder or in all of them, with the matcher IMAP
 * SEARCH uses: content decoded from its charset (GB2312, GBK, GB18030, Big5, UTF-8...) and compared
 * without regard to case, so Chinese text is found whatever the charset it was sent in.
 */
public interface MailSearchService {

    /** Every message of the account that meets all the criteria, newest first, each naming its folder. */
    List<MessageRow> search(String account, SearchCriteria criteria);
}
