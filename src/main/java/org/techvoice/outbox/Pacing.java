package org.techvoice.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Keeps deliveries inside Slack's rate limits so that 429s stay the exception: about one message a second
 * per channel (Slack's rule for {@code chat.postMessage}), a workspace-wide message rate when one is configured
 * (Slack keeps one but publishes no number), and per workspace a token bucket for each method tier
 * ({@code chat.update} and the canvas methods are Tier 3, the file-upload methods Tier 4). A 429 pauses that
 * kind of call for the workspace until {@code Retry-After}.
 *
 * <p>Thread-safe: the worker's calls run side by side and each reserves its slot here before it starts.
 * State is in memory: only one instance delivers at a time (ShedLock), and after the lock moves Slack's own
 * 429s, which are honoured, cover the gap. Memory stays bounded: what no longer constrains anything (a channel's
 * second gone by, a pause over, a bucket full again) is forgotten, so a survey to 5,000 people leaves nothing behind.
 */
@Component
class Pacing {

    private final OutboxProperties properties;
    private final Clock clock;
    private final Map<String, Instant> channelFree = new HashMap<>();
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Map<String, Instant> pausedUntil = new HashMap<>();
    /** When idle entries were last forgotten: at most once per channel interval, so reserving stays cheap. */
    private Instant swept = Instant.MIN;

    Pacing(OutboxProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Takes a slot for a call now, or says when to come back. A slot is taken whole or not at all: a kind that
     * needs two allowances (a message and a Tier 3 call) takes from neither unless both have room.
     *
     * @param channel the channel or user the message goes to; null when unknown (updates)
     */
    synchronized Optional<Instant> reserve(String teamId, OutboundMessage.Kind kind, String channel) {
        Instant now = clock.instant();
        forgetIdle(now);
        Instant paused = pausedUntil.get(teamId + "/" + kind);
        if (paused != null && paused.isAfter(now)) {
            return Optional.of(paused);
        }
        String channelKey = channel == null ? null : teamId + "/" + channel;
        Instant free = channelKey == null ? null : channelFree.get(channelKey);
        if (free != null && free.isAfter(now.plus(properties.channelInterval()))) {
            // a slot is never more than one interval ahead unless the clock went back (an NTP step, a restored
            // snapshot): then the channel would wait for the lost time, possibly days, so start it again from now
            channelFree.remove(channelKey);
            free = null;
        }
        if (free != null && free.isAfter(now)) {
            return Optional.of(free);
        }
        List<Bucket> needed = bucketsFor(teamId, kind, now);
        Instant latest = null;
        for (Bucket bucket : needed) {
            Instant next = bucket.nextToken(now);
            if (next != null && (latest == null || next.isAfter(latest))) {
                latest = next;
            }
        }
        if (latest != null) {
            return Optional.of(latest);
        }
        needed.forEach(Bucket::take);
        if (channelKey != null) {
            channelFree.put(channelKey, now.plus(properties.channelInterval()));
        }
        return Optional.empty();
    }

    /** Slack said 429: no more calls of this kind for the workspace before {@code until}. */
    synchronized void pause(String teamId, OutboundMessage.Kind kind, Instant until) {
        pausedUntil.merge(teamId + "/" + kind, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Entries that constrain nothing any more behave exactly as absent ones, so they can go. */
    private void forgetIdle(Instant now) {
        if (swept.plus(properties.channelInterval()).isAfter(now)) {
            return;
        }
        swept = now;
        channelFree.values().removeIf(free -> !free.isAfter(now));
        pausedUntil.values().removeIf(until -> !until.isAfter(now));
        buckets.values().removeIf(bucket -> bucket.fullAt(now));
    }

    /** How many channels, pauses and buckets are remembered (for tests of the bound). */
    synchronized int remembered() {
        return channelFree.size() + pausedUntil.size() + buckets.size();
    }

    /** The workspace allowances one call of {@code kind} draws on. */
    private List<Bucket> bucketsFor(String teamId, OutboundMessage.Kind kind, Instant now) {
        List<Bucket> needed = new ArrayList<>(2);
        boolean postsMessage = switch (kind) {
            // a DM is one chat.postMessage to the user id (no conversations.open); SHARE_CANVAS ends with one
            case POST_MESSAGE, DIRECT_MESSAGE, SHARE_CANVAS -> true;
            case UPDATE_MESSAGE, UPLOAD_FILES, CREATE_CANVAS -> false;
        };
        int messagesPerMinute = properties.messagesPerMinute();
        if (postsMessage && messagesPerMinute > 0) {
            // A quarter of a second's allowance as burst: Slack tolerates short bursts without saying how long, and
            // calls made side by side reach it slightly out of step, so a small burst keeps them under its limit.
            double burst = Math.max(1, Math.floor(messagesPerMinute / 240.0));
            needed.add(buckets.computeIfAbsent(teamId + "/messages", k -> new Bucket(messagesPerMinute, burst, now)));
        }
        int tierPerMinute = switch (kind) {
            case POST_MESSAGE, DIRECT_MESSAGE -> 0;
            // canvases.create is Tier 2 and canvases.access.set Tier 3, but one draft makes one canvas: Tier 3 pacing
            // plus Slack's own 429s (honoured) is ample
            case UPDATE_MESSAGE, CREATE_CANVAS, SHARE_CANVAS -> properties.tier3PerMinute();
            case UPLOAD_FILES -> properties.tier4PerMinute();
        };
        if (tierPerMinute > 0) {
            // a minute's allowance as burst: Slack's tiers are per minute and welcome sporadic bursts
            needed.add(buckets.computeIfAbsent(teamId + "/tier/" + tierPerMinute, k -> new Bucket(tierPerMinute, tierPerMinute, now)));
        }
        return needed;
    }

    /** A token bucket refilled continuously at {@code perMinute}, holding at most {@code capacity} tokens. */
    private static final class Bucket {
        private final int perMinute;
        private final double capacity;
        private double tokens;
        private Instant refilled;

        Bucket(int perMinute, double capacity, Instant now) {
            this.perMinute = perMinute;
            this.capacity = capacity;
            this.tokens = capacity;
            this.refilled = now;
        }

        /** Refills, then: null when a token is there, else when the next one will be. */
        Instant nextToken(Instant now) {
            refill(now);
            if (tokens >= 1) {
                return null;
            }
            long nanosToNext = (long) ((1 - tokens) * 60e9 / perMinute);
            return now.plusNanos(Math.max(nanosToNext, 1_000_000));
        }

        /** Full again: a new bucket made now would be the same. */
        boolean fullAt(Instant now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(Instant now) {
            if (now.isAfter(refilled)) {
                double elapsedMinutes = Duration.between(refilled, now).toNanos() / 60e9;
                tokens = Math.min(capacity, tokens + elapsedMinutes * perMinute);
                refilled = now;
            } else if (now.isBefore(refilled)) {
                // the clock went back: refill from now on rather than only once it is past the old reading again
                refilled = now;
            }
        }

        void take() {
            tokens -= 1;
        }
    }
}
