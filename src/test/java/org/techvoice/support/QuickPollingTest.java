package org.techvoice.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Every test class gets {@link QuickPolling} without declaring it: the suite's waits poll every 20 ms, not 100. */
class QuickPollingTest {

    @Test
    void awaitsInATestClassThatDeclaresNoExtensionPollQuickly() {
        List<Duration> intervals = new ArrayList<>();
        AtomicInteger looks = new AtomicInteger();

        await().conditionEvaluationListener(condition -> intervals.add(condition.getPollInterval()))
                .atMost(Duration.ofSeconds(30)).until(() -> looks.incrementAndGet() == 3);

        // the first look comes at once (Awaitility's default: after 100 ms), each later one 20 ms after the last
        assertThat(intervals).containsExactly(Duration.ZERO, QuickPolling.POLL_INTERVAL, QuickPolling.POLL_INTERVAL);
    }
}
