package org.flutemail.application;

import java.io.Serializable;
import java.util.List;

/** What the compose screen offers for the address being typed in To, Cc or Bcc. */
public interface AddressCompletionService {

    /** {@code value} goes into the field as it is; {@code label} is what the list shows. */
    record Suggestion(String label, String value) implements Serializable {
    }

    /**
     * Groups, personal contacts and the domain's address book whose name or address starts with
     * {@code prefix} (case ignored), at most {@code limit}; a group's value is {@code Name:;}, which
     * stands for its members when the message is sent.
     */
    List<Suggestion> complete(String account, String prefix, int limit);
}
