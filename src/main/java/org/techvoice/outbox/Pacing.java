package org.techvoice.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Keeps deliveries inside Slack's rate limits so that 429s stay the exception: about one message a second
 * per channel (Slack's rule for {@code chat.postMessage}), and per workspace a token bucket for each method
 * tier ({@code conversations.open} and {@code chat.update} are Tier 3, the file-upload methods Tier 4). A 429
 * pauses that kind of call for the workspace until {@code Retry-After}.
 *
 * <p>State is in memory: only one instance delivers at a time (ShedLock), and after the lock moves Slack's own
 * 429s, which are honoured, cover the gap.
 */
@Component
class Pacing {

    private final OutboxProperties properties;
    private final Clock clock;
    private final Map<String, Instant> channelFree = new HashMap<>();
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Map<String, Instant> pausedUntil = new HashMap<>();

    Pacing(OutboxProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Takes a slot for a call now, or says when to come back.
     *
     * @param channel the channel or user the message goes to; null when unknown (updates)
     */
    synchronized Optional<Instant> reserve(String teamId, OutboundMessage.Kind kind, String channel) {
        Instant now = clock.instant();
        Instant paused = pausedUntil.get(teamId + "/" + kind);
        if (paused != null && paused.isAfter(now)) {
            return Optional.of(paused);
        }
        String channelKey = channel == null ? null : teamId + "/" + channel;
        Instant free = channelKey == null ? null : channelFree.get(channelKey);
        if (free != null && free.isAfter(now)) {
            return Optional.of(free);
        }
        int perMinute = tierPerMinute(kind);
        Bucket bucket = perMinute <= 0 ? null : buckets.computeIfAbsent(teamId + "/tier/" + perMinute, k -> new Bucket(perMinute, now));
        if (bucket != null) {
            Optional<Instant> wait = bucket.take(now);
            if (wait.isPresent()) {
                return wait;
            }
        }
        if (channelKey != null) {
            channelFree.put(channelKey, now.plus(properties.channelInterval()));
        }
        return Optional.empty();
    }

    /** Slack said 429: no more calls of this kind for the workspace before {@code until}. */
    synchronized void pause(String teamId, OutboundMessage.Kind kind, Instant until) {
        pausedUntil.merge(teamId + "/" + kind, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The per-minute rate of the tier of the rate-limited extra call a kind needs; 0 for none. */
    private int tierPerMinute(OutboundMessage.Kind kind) {
        return switch (kind) {
            case POST_MESSAGE -> 0;
            case DIRECT_MESSAGE, UPDATE_MESSAGE -> properties.tier3PerMinute();
            case UPLOAD_FILES -> properties.tier4PerMinute();
        };
    }

    /** A token bucket as large as a minute's allowance, refilled continuously: Slack tolerates short bursts. */
    private static final class Bucket {
        private final int perMinute;
        private double tokens;
        private Instant refilled;

        Bucket(int perMinute, Instant now) {
            this.perMinute = perMinute;
            this.tokens = perMinute;
            this.refilled = now;
        }

        Optional<Instant> take(Instant now) {
            double elapsedMinutes = Duration.between(refilled, now).toNanos() / 60e9;
            tokens = Math.min(perMinute, tokens + elapsedMinutes * perMinute);
            refilled = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            long nanosToNext = (long) ((1 - tokens) * 60e9 / perMinute);
            return Optional.of(now.plusNanos(Math.max(nanosToNext, 1_000_000)));
        }
    }
}
