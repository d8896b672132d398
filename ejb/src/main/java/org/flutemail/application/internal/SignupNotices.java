package org.flutemail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.flutemail.application.SpoolService;
import org.flutemail.domain.Envelope;
import org.flutemail.domain.SignupApplication;
import org.flutemail.domain.SignupRequest;
import org.flutemail.infrastructure.startup.ServerSettings;

/**
 * Tells a requester who left a contact address how their sign-up was decided, in the language of the
 * page they used. The mail is spooled in the decision's transaction like any other new mail, so it
 * goes out through the normal outbound path exactly when the decision is committed; its envelope
 * sender is null (a notice must never bounce back into the domain), its From the domain's postmaster.
 */
@ApplicationScoped
public class SignupNotices {

    private static final String SERVER_NAME = ServerSettings.hostName();

    @Inject
    SpoolService spool;

    void approved(SignupRequest request, Instant now) {
        send(request, "approved", now);
    }

    void refused(SignupRequest request, Instant now) {
        send(request, "refused", now);
    }

    private void send(SignupRequest request, String decision, Instant now) {
        if (request.contactAddress() == null) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("org.flutemail.application.internal.SignupNotices",
                SignupApplication.CHINESE.equals(request.language()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
        String reason = request.reason() == null ? texts.getString("noReason") : request.reason();
        String subject = MessageFormat.format(texts.getString(decision + ".subject"), request.address());
        String body = MessageFormat.format(texts.getString(decision + ".body"), request.address(),
                request.displayName(), reason);
        String postmaster = "postmaster@" + request.domain().name();
        byte[] message = NoticeMessage.write(new NoticeMessage.Notice(postmaster, request.contactAddress(), subject,
                body, now));
        try {
            spool.accept(new Envelope("", List.of(request.contactAddress()), now, "127.0.0.1", SERVER_NAME,
                    SERVER_NAME, "LOCAL", "", postmaster, null), new ByteArrayInputStream(message));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool the sign-up notice to " + request.contactAddress(), e);
        }
    }
}
