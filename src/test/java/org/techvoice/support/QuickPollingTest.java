package org.techvoice.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Every test class gets {@link QuickPolling} without declaring it: the first look at once, the next ones soon after. */
class QuickPollingTest {

    @Test
    void awaitsInATestClassThatDeclaresNoExtensionPollQuickly() {
        List<Duration> intervals = new ArrayList<>();
        AtomicInteger looks = new AtomicInteger();

        await().conditionEvaluationListener(condition -> intervals.add(condition.getPollInterval()))
                .atMost(Duration.ofSeconds(30)).until(() -> looks.incrementAndGet() == 7);

        // the first look comes at once (Awaitility's default: after 100 ms, then every 100 ms)
        assertThat(intervals).containsExactly(Duration.ZERO, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40),
                Duration.ofMillis(80), Duration.ofMillis(100), Duration.ofMillis(100));
    }
}
