package org.techvoice.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the shared application context's {@link MutableClock} back to real time after every test. The Slack test
 * contexts are shared by many classes (one start instead of one per configuration); a test that moved time and did
 * not move it back would leave the next class's signed requests outside Slack's five-minute window. Registered for
 * every test class through {@code META-INF/services}; classes without a Spring Boot test context are left alone, so
 * none is started for them.
 */
public class MovedClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        if (MergedAnnotations.from(context.getRequiredTestClass(), SearchStrategy.TYPE_HIERARCHY).isPresent(SpringBootTest.class)) {
            SpringExtension.getApplicationContext(context).getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
        }
    }
}
