package org.techvoice;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ready means ready: runs every {@link WarmUp} before Actuator's readiness turns UP.
 *
 * <p>After a start-up the first slash command took 5 to 7 s on two cores (auth.test, lazily created repositories,
 * classes loaded on first use), and Slack gives up after 3 s. Spring Boot reports readiness
 * ({@code ReadinessState.ACCEPTING_TRAFFIC}, {@code /actuator/health/readiness}) straight after the
 * {@link ApplicationReadyEvent} listeners return, so running the warm-up synchronously inside one keeps readiness
 * DOWN until it ends, while liveness ({@code /actuator/health/liveness}) is already UP: a slow Slack at boot delays
 * traffic, it does not get the instance restarted. Each step's time is logged.
 */
@Component
class ReadinessWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReadinessWarmUp.class);

    private final ObjectProvider<WarmUp> steps;

    ReadinessWarmUp(ObjectProvider<WarmUp> steps) {
        this.steps = steps;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void warmUpBeforeReadiness() {
        long started = System.nanoTime();
        List<String> times = new ArrayList<>();
        for (WarmUp step : steps.orderedStream().toList()) {
            long stepStarted = System.nanoTime();
            try {
                step.warmUp();
            } catch (Exception e) {
                log.warn("Warm-up of {} failed, the first request will do it instead: {}", step.name(), e.toString());
            }
            times.add(step.name() + " " + millisSince(stepStarted) + " ms");
        }
        log.info("Request path warmed up in {} ms ({}); readiness turns UP now", millisSince(started), String.join(", ", times));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
