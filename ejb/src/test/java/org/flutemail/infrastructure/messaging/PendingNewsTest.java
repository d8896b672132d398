package org.flutemail.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PendingNewsTest {

    private final PendingNews news = new PendingNews();

    @Test
    void theFirstChangeStartsAPublisherAndTheOnesDuringItsWorkDoNot() {
        assertTrue(news.add(List.of(7L)));
        assertFalse(news.add(List.of(8L)));
        assertFalse(news.add(List.of(9L)));
    }

    @Test
    void changesThatCommitWhileThePublisherSendsShareItsNextMessage() {
        news.add(List.of(1L));
        assertEquals(Set.of(1L), news.next());
        news.add(List.of(2L));
        news.add(List.of(3L, 2L));
        assertEquals(Set.of(2L, 3L), news.next());
        assertEquals(Set.of(), news.next());
    }

    @Test
    void aPublisherThatFindsNothingEndsItsTurnAndTheNextChangeStartsAnother() {
        news.add(List.of(1L));
        news.next();
        assertEquals(Set.of(), news.next());
        assertTrue(news.add(List.of(4L)));
        assertEquals(Set.of(4L), news.next());
    }

    @Test
    void nothingToAnnounceStartsNoPublisher() {
        assertFalse(news.add(List.of()));
        assertTrue(news.add(List.of(5L)));
    }

    @Test
    void aPublisherThatGivesUpDropsWhatWaitsAndLetsTheNextChangeStartAnother() {
        news.add(List.of(1L));
        news.add(List.of(2L));
        news.giveUp();
        assertTrue(news.add(List.of(3L)));
        assertEquals(Set.of(3L), news.next());
    }

    @Test
    void aBurstOverManyMailboxesIsSentInMessagesOfBoundedSize() {
        int mailboxes = PendingNews.MAX_IDS * 2 + 1;
        news.add(LongStream.rangeClosed(1, mailboxes).boxed().toList());
        List<Set<Long>> messages = new ArrayList<>();
        for (Set<Long> ids = news.next(); !ids.isEmpty(); ids = news.next()) {
            messages.add(ids);
        }
        assertEquals(List.of(PendingNews.MAX_IDS, PendingNews.MAX_IDS, 1),
                messages.stream().map(Set::size).toList());
        assertEquals(mailboxes, messages.stream().mapToInt(Set::size).sum());
        assertEquals(mailboxes, messages.stream().flatMap(Set::stream).collect(Collectors.toSet()).size());
    }

    @Test
    void everyChangeOfManyCommittingThreadsIsAnnouncedByOnePublisherAtATime() throws Exception {
        int threads = 4;
        int perThread = 2000;
        Set<Long> announced = ConcurrentHashMap.newKeySet();
        AtomicInteger publishersAtWork = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        ExecutorService publishers = Executors.newCachedThreadPool();
        ExecutorService committers = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Runnable publisher = () -> {
            if (publishersAtWork.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                for (Set<Long> ids = news.next(); !ids.isEmpty(); ids = news.next()) {
                    announced.addAll(ids);
                }
            } finally {
                publishersAtWork.decrementAndGet();
            }
        };
        for (int t = 0; t < threads; t++) {
            long first = (long) t * perThread;
            committers.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (long id = first; id < first + perThread; id++) {
                    if (news.add(List.of(id))) {
                        publishers.execute(publisher);
                    }
                }
            });
        }
        start.countDown();
        committers.shutdown();
        assertTrue(committers.awaitTermination(30, TimeUnit.SECONDS));
        publishers.shutdown();
        assertTrue(publishers.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals(threads * perThread, announced.size());
        assertEquals(0, overlaps.get(), "two publishers at work at once");
    }
}
