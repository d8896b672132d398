package org.flutemail.application;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The signatures of the logged-in account (the caller passes its address). */
public interface SignatureService {

    /** One signature as the screens show it. */
    record SignatureView(long id, String name, String body, boolean isDefault) implements Serializable {
    }

    List<SignatureView> signatures(String account);

    Optional<SignatureView> defaultSignature(String account);

    /**
     * Creates a signature ({@code id} null) or changes one; {@code makeDefault} makes it the one new
     * messages start with (and no other). Returns its id.
     *
     * @throws org.flutemail.domain.InvalidRequestException for an empty name or a text too long
     */
    long save(String account, Long id, String name, String body, boolean makeDefault);

    void delete(String account, long id);
}
