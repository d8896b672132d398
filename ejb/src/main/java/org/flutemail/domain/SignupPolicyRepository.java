package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface SignupPolicyRepository {

    Optional<SignupPolicy> of(MailDomain domain);

    void add(SignupPolicy policy);

    /** The names of the active domains that allow sign-up, sorted. */
    List<String> openDomainNames();
}
