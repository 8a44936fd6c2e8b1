package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The findings' feed: what the draft's reading gives reaches the consumer on its own thread, all of it, in order. */
class BesideFeedTest {

    private static final int ITEMS = BesideFeed.BATCH * 20 + 7;

    @Test
    void everyItemInOrderThenWhatIsMadeOfThem() {
        List<Integer> seen = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        BesideFeed<Integer, Integer> feed = new BesideFeed<>("feed-test", item -> {
            seen.add(item);
            threads.add(Thread.currentThread().getName());
        }, () -> seen.size());
        IntStream.range(0, ITEMS).forEach(feed::accept);
        feed.end();
        assertThat(feed.result()).isEqualTo(ITEMS);
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, ITEMS).boxed().toList());
        assertThat(threads).containsOnly("feed-test");
    }

    @Test
    @Timeout(20)
    void aFailingConsumerNeverLeavesTheGiverWaitingAndItsFailureIsThrownAtTheEnd() {
        BesideFeed<Integer, Integer> feed = new BesideFeed<>("feed-test", item -> {
            if (item == 3) {
                throw new IllegalArgumentException("bad entry 3");
            }
        }, () -> 1);
        // far more than the queue holds: the giver would block for good if the failed thread stopped taking batches
        IntStream.range(0, ITEMS).forEach(feed::accept);
        feed.end();
        assertThatThrownBy(feed::result).isInstanceOf(IllegalArgumentException.class).hasMessage("bad entry 3");
    }

    @Test
    void abandonedMakesNothing() {
        List<String> made = new ArrayList<>();
        BesideFeed<Integer, String> feed = new BesideFeed<>("feed-test", item -> { }, () -> {
            made.add("made");
            return "made";
        });
        IntStream.range(0, 10).forEach(feed::accept);
        feed.abandon();
        assertThat(feed.result()).isNull();
        assertThat(made).isEmpty();
    }

    /** A draft interrupted while its reading hands batches on abandons the feed without a second failure or a stuck thread. */
    @Test
    @Timeout(20)
    void abandoningWhenInterruptedAndTheQueueIsFullNeitherWaitsNorThrows() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        BesideFeed<Integer, String> feed = new BesideFeed<>("feed-test", item -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, () -> "made");
        // one batch being consumed (held by the latch) and the queue's eight filled behind it
        IntStream.range(0, BesideFeed.BATCH * 9).forEach(feed::accept);
        Thread.currentThread().interrupt();
        try {
            feed.abandon();
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for the giver to report").isTrue();
        }
        release.countDown();
        assertThat(feed.result()).isNull();
    }

    @Test
    void whatTheMakingThrowsIsThrownToTheCaller() {
        BesideFeed<Integer, String> feed = new BesideFeed<>("feed-test", item -> { }, () -> {
            throw new IllegalStateException("surveys unreadable");
        });
        feed.end();
        assertThatThrownBy(feed::result).isInstanceOf(IllegalStateException.class).hasMessage("surveys unreadable");
    }
}
