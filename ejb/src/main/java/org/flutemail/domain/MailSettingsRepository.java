package org.flutemail.domain;

import java.util.Optional;

public interface MailSettingsRepository {

    Optional<MailSettings> ofAccount(Account account);

    Optional<MailSettings> byId(long id);

    void add(MailSettings settings);
}
