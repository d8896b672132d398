package org.flutemail.protocol.smtp.rate;

/**
 * The hourly limits that apply now; 0 switches one off.
 *
 * @param messagesPerAccount   messages an authenticated account may have accepted in an hour
 * @param messagesPerClient    messages a client address may have accepted in an hour without authentication
 * @param recipientsPerAccount recipients an authenticated account may reach in an hour
 */
public record RateLimits(int messagesPerAccount, int messagesPerClient, int recipientsPerAccount) {

    public static final RateLimits NONE = new RateLimits(0, 0, 0);

    public RateLimits {
        if (messagesPerAccount < 0 || messagesPerClient < 0 || recipientsPerAccount < 0) {
            throw new IllegalArgumentException("rate limits are 0 (off) or more");
        }
    }

    public boolean anyOn() {
        return messagesPerAccount > 0 || messagesPerClient > 0 || recipientsPerAccount > 0;
    }
}
