package org.flutemail.infrastructure.dns;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.flutemail.dns.DnsException;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TXTRecord;

class DnsjavaResolverTest {

    /** What the scripted server does with every question. */
    private enum Behaviour { NO_SUCH_NAME_WITHOUT_SOA, ANSWER, NO_ANSWER }

    /** A DNS server that counts the questions it gets and answers as the test says. */
    private static final class ScriptedServer implements Resolver {
        final AtomicInteger questions = new AtomicInteger();
        volatile Behaviour behaviour = Behaviour.NO_SUCH_NAME_WITHOUT_SOA;

        @Override
        public CompletionStage<Message> sendAsync(Message query) {
            questions.incrementAndGet();
            Message response = new Message(query.getHeader().getID());
            response.getHeader().setFlag(Flags.QR);
            response.getHeader().setFlag(Flags.RA);
            response.addRecord(query.getQuestion(), Section.QUESTION);
            switch (behaviour) {
                case NO_ANSWER:
                    return CompletableFuture.failedFuture(new SocketTimeoutException("no answer"));
                case ANSWER:
                    Name name = query.getQuestion().getName();
                    response.addRecord(new TXTRecord(name, DClass.IN, 300, "v=spf1 -all"), Section.ANSWER);
                    return CompletableFuture.completedFuture(response);
                default:
                    // As this machine's server does: NXDOMAIN with no SOA record in the authority section.
                    response.getHeader().setRcode(Rcode.NXDOMAIN);
                    return CompletableFuture.completedFuture(response);
            }
        }

        @Override
        public CompletionStage<Message> sendAsync(Message query, Executor executor) {
            return sendAsync(query);
        }

        @Override
        public void setPort(int port) {
        }

        @Override
        public void setTCP(boolean flag) {
        }

        @Override
        public void setIgnoreTruncation(boolean flag) {
        }

        @Override
        public void setEDNS(int version, int payloadSize, int flags, List<EDNSOption> options) {
        }

        @Override
        public void setTSIGKey(TSIG key) {
        }

        @Override
        public void setTimeout(Duration timeout) {
        }
    }

    private final ScriptedServer server = new ScriptedServer();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T09:00:00Z"));
    private final DnsjavaResolver dns = new DnsjavaResolver(server, Duration.ofSeconds(5), now::get);

    private void pass(Duration time) {
        now.updateAndGet(t -> t.plus(time));
    }

    @Test
    void noSuchNameWithoutSoaIsKeptForHalfAMinuteInsteadOfAskedForEveryMessage() throws Exception {
        for (int message = 0; message < 100; message++) {
            assertTrue(dns.txt("sender.test").isEmpty());
        }
        assertEquals(1, server.questions.get(), "one question for a hundred messages");

        pass(DnsjavaResolver.EMPTY_TTL.minusSeconds(1));
        assertTrue(dns.txt("sender.test").isEmpty());
        assertEquals(1, server.questions.get());

        pass(Duration.ofSeconds(1));
        server.behaviour = Behaviour.ANSWER;
        assertEquals(List.of("v=spf1 -all"), dns.txt("sender.test"), "asked again after it: the record now there");
        assertEquals(2, server.questions.get());
    }

    @Test
    void anEmptyAnswerIsKeptPerNameAndType() throws Exception {
        assertTrue(dns.txt("sender.test").isEmpty());
        assertTrue(dns.ipv4("sender.test").isEmpty());
        assertTrue(dns.txt("other.test").isEmpty());
        assertEquals(3, server.questions.get());
    }

    @Test
    void answersAreKeptForTheirTtl() throws Exception {
        server.behaviour = Behaviour.ANSWER;
        assertEquals(List.of("v=spf1 -all"), dns.txt("sender.test"));
        assertEquals(List.of("v=spf1 -all"), dns.txt("sender.test"));
        assertEquals(1, server.questions.get());
    }

    @Test
    void aFailureIsKeptForAMinute() {
        server.behaviour = Behaviour.NO_ANSWER;
        assertThrows(DnsException.class, () -> dns.txt("sender.test"));
        int asked = server.questions.get();
        pass(Duration.ofSeconds(59));
        assertThrows(DnsException.class, () -> dns.txt("sender.test"));
        assertEquals(asked, server.questions.get(), "not asked again within the minute");

        pass(Duration.ofSeconds(1));
        server.behaviour = Behaviour.NO_SUCH_NAME_WITHOUT_SOA;
        assertTrue(assertDoesNotThrow(() -> dns.txt("sender.test")).isEmpty(), "asked again after it");
        assertEquals(asked + 1, server.questions.get());
    }
}
