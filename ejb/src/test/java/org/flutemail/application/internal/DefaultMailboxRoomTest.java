package org.flutemail.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.flutemail.domain.MailboxRepository;
import org.junit.jupiter.api.Test;

class DefaultMailboxRoomTest {

    private static final String ANN = "ann@example.test";
    private static final String BOB = "bob@example.test";

    private final Map<String, AccountFacts> facts = new HashMap<>();
    private final AtomicLong used = new AtomicLong();
    private final AtomicInteger totalsRead = new AtomicInteger();
    private final DefaultMailboxRoom room = new DefaultMailboxRoom();

    DefaultMailboxRoomTest() {
        facts.put(ANN, new AccountFacts(1, ANN, true, 10_000L));
        facts.put(BOB, new AccountFacts(2, BOB, true, null));
        room.accounts = new LocalAccounts() {
            @Override
            public Optional<AccountFacts> facts(String address) {
                return Optional.ofNullable(facts.get(address));
            }
        };
        // Only the kept totals are read here; any other repository call is a mistake of the class under test.
        room.mailboxes = (MailboxRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MailboxRepository.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("usedOctets")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    totalsRead.incrementAndGet();
                    return used.get();
                });
    }

    @Test
    void anAccountWithoutAQuotaOrNoAccountAtAllCostsNoRead() {
        assertThat(room.noRoomFor(BOB, 1_000_000_000L)).isEmpty();
        assertThat(room.noRoomFor("nobody@example.test", 5)).isEmpty();
        assertThat(totalsRead).hasValue(0);
    }

    @Test
    void plentyOfRoomIsReadOnceAndThenTrusted() {
        used.set(2_000);
        assertThat(room.noRoomFor(ANN, 1_000)).isEmpty();
        assertThat(room.noRoomFor(ANN, 5_000)).isEmpty();
        assertThat(room.noRoomFor(ANN, 0)).isEmpty();
        assertThat(totalsRead).hasValue(1);
    }

    @Test
    void mailThatMayNotFitIsCheckedAgainstTheTotalsAndRefusedWhenItDoesNot() {
        used.set(2_000);
        assertThat(room.noRoomFor(ANN, 1_000)).isEmpty();
        used.set(9_500);
        assertThat(room.noRoomFor(ANN, 9_000)).hasValueSatisfying(why ->
                assertThat(why).isEqualTo("mailbox ann@example.test is full (9500 of 10000 octets used)"));
        assertThat(room.noRoomFor(ANN, 400)).as("what is left still fits").isEmpty();
        assertThat(totalsRead).hasValue(2);
    }

    @Test
    void aFigureTakenUnderAnotherQuotaIsReadAfresh() {
        used.set(2_000);
        assertThat(room.noRoomFor(ANN, 1_000)).isEmpty();
        facts.put(ANN, new AccountFacts(1, ANN, true, 2_500L));
        assertThat(room.noRoomFor(ANN, 1_000)).as("the quota was lowered").isPresent();
        assertThat(totalsRead).hasValue(2);
    }

    @Test
    void aMailboxAtItsQuotaIsFullEvenForMailOfNoDeclaredSize() {
        used.set(10_000);
        assertThat(room.noRoomFor(ANN, 0)).isPresent();
    }

    @Test
    void whatDeliverySeesReplacesTheKeptFigureAndMailDeletedSinceIsFoundByTheSecondRead() {
        used.set(0);
        assertThat(room.noRoomFor(ANN, 100)).isEmpty();
        used.set(9_850);
        assertThat(room.refusesDelivery(facts.get(ANN), 100)).as("delivery stores its 100 octets").isEmpty();
        used.set(9_950);
        assertThat(room.noRoomFor(ANN, 100)).as("delivery left 50 octets: read again, and full").isPresent();

        used.set(1_000);
        assertThat(room.noRoomFor(ANN, 100)).as("the owner made room").isEmpty();
        assertThat(totalsRead).as("RCPT, delivery, RCPT near full, RCPT after the room was made").hasValue(4);
    }

    @Test
    void aDeliveryThatDoesNotFitIsRefusedAndLeavesTheFigureAtWhatIsFree() {
        used.set(9_950);
        assertThat(room.refusesDelivery(facts.get(ANN), 100)).hasValueSatisfying(why ->
                assertThat(why).isEqualTo("mailbox ann@example.test is full (9950 of 10000 octets used)"));
        assertThat(room.noRoomFor(ANN, 50)).as("the 50 free octets, without another read").isEmpty();
        assertThat(totalsRead).hasValue(1);
    }
}
