package org.flutemail.interfaces.webmail;

import java.time.Instant;
import org.flutemail.application.FetchAccountService.FetchAccountView;

/**
 * What the list says about an outside account's last collection: the newer of its last success and
 * its last error (a success after an error means the error is over), or that it never ran.
 *
 * @param key    the bundle key of the sentence: {@code fetch.result.never}, {@code .ok} or {@code .failed}
 * @param at     when, or null for never
 * @param detail the number collected for {@code ok}, the error for {@code failed}
 */
record FetchResult(String key, Instant at, Object detail) {

    static FetchResult of(FetchAccountView v) {
        boolean failedLast = v.lastErrorAt() != null
                && (v.lastSuccessAt() == null || v.lastErrorAt().isAfter(v.lastSuccessAt()));
        if (failedLast) {
            return new FetchResult("fetch.result.failed", v.lastErrorAt(), v.lastError());
        }
        if (v.lastSuccessAt() != null) {
            return new FetchResult("fetch.result.ok", v.lastSuccessAt(), v.lastCollected());
        }
        return new FetchResult("fetch.result.never", null, null);
    }
}
