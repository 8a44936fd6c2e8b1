package org.techvoice.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test class polls quickly while it awaits: Awaitility's own default (first look after 100 ms, then every
 * 100 ms) adds up to tens of seconds over the suite's hundreds of waits for deliveries, on a suite that must finish in
 * 3 minutes. A condition that holds is seen within 20 ms; what each wait asserts, and how long it allows, is unchanged.
 * Registered for every test class through {@code META-INF/services} and {@code junit-platform.properties}.
 */
public class QuickPolling implements BeforeAllCallback {

    static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(POLL_INTERVAL);
    }
}
