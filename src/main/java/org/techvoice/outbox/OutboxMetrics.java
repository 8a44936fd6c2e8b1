package org.techvoice.outbox;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * The outbox's figures for operators (issue 21), exposed only when metrics are switched on
 * ({@code TECHVOICE_METRICS=prometheus}); without a metrics backend they go to a registry that keeps nothing.
 * <ul>
 * <li>{@code techvoice.outbox.depth}: messages waiting (pending or in flight), read from the database when scraped;</li>
 * <li>{@code techvoice.outbox.delivery}: from enqueueing to Slack's acceptance, by kind of message;</li>
 * <li>{@code techvoice.slack.rate.limited}: answers asking TechVoice to wait (HTTP 429 with {@code Retry-After}).</li>
 * </ul>
 */
@Component
class OutboxMetrics {

    private final MeterRegistry meters;

    OutboxMetrics(ObjectProvider<MeterRegistry> registry, OutboxRepository entries) {
        this.meters = registry.getIfAvailable(CompositeMeterRegistry::new);
        // a supplier, held strongly: a gauge keeps only a weak reference to an object it reads
        Gauge.builder("techvoice.outbox.depth",
                        () -> entries.countByStatus(OutboxEntry.Status.PENDING) + entries.countByStatus(OutboxEntry.Status.IN_FLIGHT))
                .description("Outbound Slack messages not yet delivered or given up")
                .register(meters);
    }

    void delivered(OutboundMessage.Kind kind, Duration sinceEnqueued) {
        Timer.builder("techvoice.outbox.delivery").description("From enqueueing to Slack accepting the message")
                .tag("kind", kind.name()).register(meters).record(sinceEnqueued.isNegative() ? Duration.ZERO : sinceEnqueued);
    }

    void rateLimited(OutboundMessage.Kind kind) {
        meters.counter("techvoice.slack.rate.limited", "kind", kind.name()).increment();
    }
}
