package org.flutemail.domain;

import java.util.List;
import java.util.Optional;

public interface ClassOfServiceRepository {

    Optional<ClassOfService> byName(String name);

    /** By name. */
    List<ClassOfService> all();

    void add(ClassOfService classOfService);

    void remove(ClassOfService classOfService);

    /** How many accounts have it as their own class, and how many domains as their default. */
    long usage(ClassOfService classOfService);
}
