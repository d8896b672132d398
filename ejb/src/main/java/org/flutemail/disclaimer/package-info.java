/**
 * The domain-wide disclaimer as MIME surgery, in pure Java: which text bodies of a message take it
 * ({@link org.flutemail.disclaimer.TextBodies}), how one part is rewritten in its charset and transfer
 * encoding ({@link org.flutemail.disclaimer.TextPartStamper}), and the whole message put together
 * again with every octet outside the changed parts kept ({@link org.flutemail.disclaimer.DisclaimerStamper}).
 * It depends on the IMAP library's MIME locator only, never on the container, so every case is unit-tested
 * on octets. The pipeline step that uses it is {@code pipeline.builtin.AddDisclaimer} (ADR 0020).
 */
package org.flutemail.disclaimer;
