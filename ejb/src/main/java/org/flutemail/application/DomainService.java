package org.flutemail.application;

import java.util.List;
import org.flutemail.application.Views.DomainView;

public interface DomainService {

    DomainView create(String name);

    List<DomainView> list();

    DomainView get(String name);

    DomainView suspend(String name);

    DomainView activate(String name);

    /** Deletes an empty domain; a domain that still has accounts or aliases is a conflict. */
    void delete(String name);
}
