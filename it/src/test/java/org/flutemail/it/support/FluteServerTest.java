package org.flutemail.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against its own Flute server: a fresh copy of the
 * provisioned server, started once before the class and stopped after it.
 *
 * <p>Test constructors and methods may declare parameters of type {@link FluteServer},
 * {@link FluteApi} and {@link MailboxProbe}. Each class must use its own {@link #portOffset()}
 * so that classes never share ports, even with a server left over from an aborted run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FluteServerExtension.class)
public @interface FluteServerTest {

    /**
     * A multiple of 10 that places the server's ports: HTTP at 8080 + offset, management at
     * 9990 + offset, the mail ports (SMTP, submission, SMTPS, POP3, POP3S, IMAP, IMAPS, ManageSieve)
     * at 20000 + offset and the seven ports after it. Read them from {@link FluteServer}.
     */
    int portOffset();

    /** Extra system properties for the server, as {@code name=value}. */
    String[] properties() default {};
}
