package org.flutemail.application;

import java.time.Instant;
import java.util.List;

/**
 * Self-service sign-up (issue 7): a domain that allows it takes requests for new mailboxes from people
 * without an account, and its administrators approve (the account is created with the password chosen
 * in the request) or refuse them. Who may call what is checked by the caller ({@link CallerGuard}); the
 * public {@link #request} is guarded here against abuse instead.
 */
public interface SignupService {

    /** What the public page and {@code POST /api/v1/signups} send; {@code language}: "en" or "zh-CN". */
    record SignupForm(String domain, String localPart, String displayName, String contactAddress, String password,
            String language, String honeypot) {
    }

    /** A request as administrators see it; never the password, not even its hash. */
    record SignupRequestView(long id, String domain, String address, String displayName, String contactAddress,
            String language, String state, Instant requestedAt, String clientAddress, Instant decidedAt,
            String decidedBy, String reason) {
    }

    /** Whether a domain allows sign-up. */
    record SignupPolicyView(String domain, boolean allowed) {
    }

    /** The active domains that allow sign-up, sorted: the choice the public page offers. */
    List<String> openDomains();

    SignupPolicyView policy(String domain);

    /** Turns sign-up for the domain on or off (audited). */
    SignupPolicyView allow(String domain, boolean allowed);

    /**
     * Records a request from {@code clientAddress} after checking it at once.
     *
     * @throws org.flutemail.domain.SignupRefusedException for bad input or a filled-in honeypot (INVALID),
     *         an address taken or asked for already, a domain that does not allow sign-up or has too
     *         many requests waiting (CONFLICT), a client that asked too often within the hour (THROTTLED)
     */
    SignupRequestView request(SignupForm form, String clientAddress);

    /** A domain's requests, newest first; {@code state} null for all of them. */
    List<SignupRequestView> list(String domain, String state);

    /** Creates the account (audited) and tells the requester if they left a contact address. */
    SignupRequestView approve(String domain, long id);

    /** Records the refusal and its reason (audited) and tells the requester if they left a contact address. */
    SignupRequestView refuse(String domain, long id, String reason);
}
