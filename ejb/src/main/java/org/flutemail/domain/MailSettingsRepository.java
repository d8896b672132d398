package org.flutemail.domain;

import java.util.Optional;

public interface MailSettingsRepository {

    Optional<MailSettings> ofAccount(Account account);

    void add(MailSettings settings);
}
