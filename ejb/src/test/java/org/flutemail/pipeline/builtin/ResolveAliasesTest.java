package org.flutemail.pipeline.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flutemail.pipeline.FakeMailetContext.mail;

import java.util.Map;
import org.flutemail.domain.DeliveryOptions;
import org.flutemail.domain.RecipientDsn;
import org.flutemail.pipeline.FakeMailetContext;
import org.flutemail.pipeline.Mail;
import org.junit.jupiter.api.Test;

class ResolveAliasesTest {

    private static final String OPTIONS = DeliveryOptions.class.getName();

    private final FakeMailetContext context = new FakeMailetContext()
            .account("alice@example.test", "bob@example.test", "carol@example.test")
            .alias("boss@example.test", "alice@example.test")
            .alias("chief@example.test", "boss@example.test")
            .alias("team@example.test", "alice@example.test", "bob@example.test")
            .alias("a@example.test", "b@example.test")
            .alias("b@example.test", "a@example.test");

    @Test
    void anAliasThatLoopsFailsItsOwnRecipientAndTheOthersGoOn() {
        Mail mail = mail("a@example.test", "carol@example.test", "boss@example.test");
        new ResolveAliases().service(mail, context);
        assertThat(mail.recipients()).containsExactly("carol@example.test", "alice@example.test");
        assertThat(context.failures).singleElement().asString().startsWith("a@example.test: 5.4.6 resolve-aliases: ")
                .contains("loops");
    }

    @Test
    void anAliasWithOneTargetHandsItTheSendersRequestsWithTheAddressTheSenderUsed() {
        Mail mail = withOptions(mail("chief@example.test"),
                Map.of("chief@example.test", RecipientDsn.of("SUCCESS,FAILURE", "")));
        new ResolveAliases().service(mail, context);
        assertThat(mail.recipients()).containsExactly("alice@example.test");
        RecipientDsn handed = options(mail).forRecipient("alice@example.test");
        assertThat(handed.notifyOn()).containsExactly("SUCCESS", "FAILURE");
        assertThat(handed.original()).isEqualTo("rfc822;chief@example.test");
        assertThat(context.expansions).isEmpty();
    }

    @Test
    void anAliasWithSeveralTargetsAnswersSuccessItselfAndHandsOnTheRest() {
        Mail mail = withOptions(mail("team@example.test", "carol@example.test"),
                Map.of("team@example.test", RecipientDsn.of("SUCCESS,DELAY", "rfc822;Team@Example.test"),
                        "carol@example.test", RecipientDsn.of("NEVER", "")));
        new ResolveAliases().service(mail, context);
        assertThat(mail.recipients()).containsExactly("alice@example.test", "bob@example.test", "carol@example.test");
        assertThat(context.expansions).containsExactly("team@example.test");
        for (String member : new String[] {"alice@example.test", "bob@example.test"}) {
            RecipientDsn handed = options(mail).forRecipient(member);
            assertThat(handed.notifyOn()).as(member).containsExactly("DELAY");
            assertThat(handed.original()).as(member).isEqualTo("rfc822;Team@Example.test");
        }
        assertThat(options(mail).forRecipient("carol@example.test").notifyOn()).containsExactly("NEVER");
    }

    @Test
    void onlySuccessAskedOfAnAliasWithSeveralTargetsLeavesThemToldNothing() {
        Mail mail = withOptions(mail("team@example.test"), Map.of("team@example.test", RecipientDsn.of("SUCCESS", "")));
        new ResolveAliases().service(mail, context);
        assertThat(options(mail).forRecipient("bob@example.test").wantsFailure()).isFalse();
        assertThat(options(mail).forRecipient("bob@example.test").wantsSuccess()).isFalse();
    }

    @Test
    void aTargetTheSenderAlsoNamedKeepsItsOwnRequests() {
        Mail mail = withOptions(mail("boss@example.test", "alice@example.test"),
                Map.of("boss@example.test", RecipientDsn.of("SUCCESS", ""),
                        "alice@example.test", RecipientDsn.of("NEVER", "")));
        new ResolveAliases().service(mail, context);
        assertThat(mail.recipients()).containsExactly("alice@example.test");
        assertThat(options(mail).forRecipient("alice@example.test").notifyOn()).containsExactly("NEVER");
    }

    private static Mail withOptions(Mail mail, Map<String, RecipientDsn> requests) {
        mail.setAttribute(OPTIONS, new DeliveryOptions("7BIT", false, "", "", requests));
        return mail;
    }

    private static DeliveryOptions options(Mail mail) {
        return mail.attribute(OPTIONS, DeliveryOptions.class).orElseThrow();
    }
}
