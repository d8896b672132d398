package org.flutemail.application;

import java.util.List;
import org.flutemail.application.Views.AccountView;

public interface AccountService {

    /** Creates the account with its standard mailboxes; its domain must exist. */
    AccountView create(String address, String password, String displayName, Long quotaBytes);

    /** All accounts, or one domain's when {@code domain} is not null. */
    List<AccountView> list(String domain);

    AccountView get(String address);

    AccountView update(String address, String displayName, Long quotaBytes);

    void changePassword(String address, String newPassword);

    AccountView suspend(String address);

    AccountView activate(String address);

    /** Deletes the account with its mailboxes and messages. */
    void delete(String address);
}
