package org.flutemail.domain;

import java.io.Serializable;
import java.util.List;

/** What a contact says about a person, as typed or imported (checked by {@link Contact#change}). */
public record ContactDetails(String name, List<String> addresses, String phone, String company, String notes)
        implements Serializable {

    public ContactDetails {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
