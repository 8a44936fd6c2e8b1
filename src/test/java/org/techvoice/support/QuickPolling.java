package org.techvoice.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.pollinterval.PollInterval;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test class looks at once, then quickly, then every 100 ms while it awaits. Awaitility's own default (first
 * look after 100 ms, then every 100 ms) adds a tenth of a second to each of the suite's hundreds of waits for things
 * that are mostly there at once or within moments; polling every 20 ms throughout cost more CPU than it saved on
 * two cores (conditions that read all of WireMock's requests ran five times as often while the outbox worked).
 * What each wait asserts, and how long it allows, is unchanged. Registered for every test class through
 * {@code META-INF/services} and {@code junit-platform.properties}.
 */
public class QuickPolling implements BeforeAllCallback {

    static final Duration FIRST_INTERVAL = Duration.ofMillis(10);
    static final Duration LONGEST_INTERVAL = Duration.ofMillis(100);

    /** 10, 20, 40, 80 ms, then every 100 ms. */
    static final PollInterval DOUBLING_TO_100_MS = (pollCount, previous) -> pollCount <= 1 || previous.isZero()
            ? FIRST_INTERVAL
            : previous.multipliedBy(2).compareTo(LONGEST_INTERVAL) > 0 ? LONGEST_INTERVAL : previous.multipliedBy(2);

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(DOUBLING_TO_100_MS);
    }
}
