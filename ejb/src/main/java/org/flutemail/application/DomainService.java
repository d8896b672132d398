package org.flutemail.application;

import java.util.List;
import org.flutemail.application.Views.DomainView;

public interface DomainService {

    DomainView create(String name);

    List<DomainView> list();

    DomainView get(String name);

    DomainView suspend(String name);

    DomainView activate(String name);

    /** Sets whether the domain's users may send only as addresses they own. */
    DomainView requireOwnedSenders(String name, boolean required);

    /**
     * Sets the domain's limits (null: none of that kind) and the class of service of its accounts that
     * have none of their own (null or blank: none).
     */
    DomainView limit(String name, Long quotaBytes, Integer maxAccounts, Long maxMessageBytes, String defaultClass);

    /**
     * Deletes the domain after a grace period: from now on it refuses mail and logins, and its data
     * (accounts, mailboxes, aliases) is removed when the period is over unless it is restored first.
     */
    DomainView delete(String name);

    /** Takes back a pending deletion; a domain that is not pending deletion is a conflict. */
    DomainView restore(String name);
}
