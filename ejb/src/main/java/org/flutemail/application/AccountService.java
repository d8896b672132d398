package org.flutemail.application;

import java.util.List;
import org.flutemail.application.Views.AccountView;

public interface AccountService {

    /** Creates the account with its standard mailboxes; its domain must exist. */
    AccountView create(String address, String password, String displayName, Long quotaBytes);

    /**
     * As {@link #create}, with a password someone else chose: the user must change it before the mail
     * protocols let them in (see {@link #changeOwnPassword}).
     */
    AccountView createWithPresetPassword(String address, String password, String displayName, Long quotaBytes);

    /** All accounts, or one domain's when {@code domain} is not null. */
    List<AccountView> list(String domain);

    AccountView get(String address);

    AccountView update(String address, String displayName, Long quotaBytes);

    /**
     * The user's own change of the name shown on their mail (the From phrase); blank clears it.
     *
     * @throws org.flutemail.domain.InvalidRequestException for line breaks or an over-long name
     */
    AccountView renameOwn(String address, String displayName);

    /** Gives the account a class of service of its own; null or blank: its domain's default again. */
    AccountView assignClassOfService(String address, String className);

    void changePassword(String address, String newPassword);

    /** An administrator's reset; with {@code mustChange} the user has to replace it before the next mail login. */
    void changePassword(String address, String newPassword, boolean mustChange);

    /**
     * The user's own change (the caller has authenticated them): clears the must-change flag. A new
     * password equal to the current one is refused, so a preset password cannot simply be confirmed.
     */
    void changeOwnPassword(String address, String newPassword);

    AccountView suspend(String address);

    AccountView activate(String address);

    /** Deletes the account with its mailboxes and messages. */
    void delete(String address);
}
