package org.flutemail.application;

import java.util.List;

/**
 * The senders whose remote images the logged-in account sees without asking (the caller passes its
 * address). A sender is the address a message's From field names
 * ({@link ReadingViews.MessageDisplay#senderAddress()}); a message without one is trusted by nobody.
 */
public interface RemoteImageTrustService {

    /** The trusted addresses, sorted. */
    List<String> trustedSenders(String account);

    /**
     * Trusts an address (again: nothing changes).
     *
     * @throws org.flutemail.domain.InvalidAddressException when it is null or not an address
     */
    void trust(String account, String sender);

    /** Stops trusting an address; nothing happens when it was not trusted. */
    void distrust(String account, String sender);

    /** Whether the account trusts the address; never for null. */
    boolean trusts(String account, String sender);
}
