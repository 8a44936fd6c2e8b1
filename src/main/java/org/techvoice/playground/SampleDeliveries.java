package org.techvoice.playground;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.techvoice.outbox.Outbox;

/**
 * Waits, while the sample is replayed, until the Slack messages a step updates have been delivered. An update (a
 * consent DM answered, invitations marked closed) waits for the message it changes; the outbox gives up on messages
 * enqueued more than a few hours before, and a replayed step is enqueued weeks back, so an update must find its
 * message already delivered, as it would in real life, where days pass between the two.
 */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class SampleDeliveries {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Outbox outbox;

    SampleDeliveries(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Returns once every message whose key starts with {@code prefix} is delivered, or after half a minute. */
    void await(String prefix) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            if (outbox.keysStartingWith(Personas.TEAM_ID, prefix).stream()
                    .allMatch(key -> outbox.delivered(Personas.TEAM_ID, key).isPresent())) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
