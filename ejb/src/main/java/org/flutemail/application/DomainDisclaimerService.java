package org.flutemail.application;

/**
 * A domain's disclaimer on the mail its accounts submit (ADR 0020). Callers check the tier (system
 * administrator or an administrator of that domain) and make the HTML safe before they call.
 */
public interface DomainDisclaimerService {

    /**
     * @param htmlText    null when the HTML bodies get {@code plainText} escaped
     * @param internalToo also mail between local accounts, not only mail to other domains
     */
    record DisclaimerView(String domain, boolean enabled, String plainText, String htmlText, boolean internalToo) {
    }

    /** The domain's disclaimer; disabled and empty when none was ever set. */
    DisclaimerView get(String domain);

    /** Replaces it (audited as {@code domain.disclaimer}); refuses text that is too long, or enabled and empty. */
    DisclaimerView update(String domain, DisclaimerView wanted);
}
