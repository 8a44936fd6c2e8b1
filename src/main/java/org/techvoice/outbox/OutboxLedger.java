package org.techvoice.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every state change of an outbox row, each in its own short transaction, so no database lock is held
 * while Slack is being called.
 *
 * <p>Duplicates are ruled out this way: a row is claimed (IN_FLIGHT, with a lease) before anything is sent,
 * and {@code attempt_started_at} is committed just before the Slack call. If an instance dies, its rows come
 * back when their lease runs out: those whose call had not begun return to PENDING; those whose call had begun
 * may already be in Slack. An update is safe to repeat. A channel post is looked for in its channel's messages
 * before it is posted again (as one whose call went unanswered is): found, it is recorded there; not there, it is
 * posted; where the messages cannot be read, it is <em>not</em> posted blind but marked FAILED and the requester told.
 * Any other kind (a DM, a file, a canvas), whose arrival TechVoice cannot look up, is marked FAILED and the requester
 * told (at most once). That window is one call per instance at the moment it died; a graceful shutdown never opens it.
 */
@Component
class OutboxLedger {

    private static final Logger log = LoggerFactory.getLogger(OutboxLedger.class);

    static final String INTERRUPTED = FailureNotices.INTERRUPTED_MID_CALL + ": TechVoice stopped while Slack was being called; "
            + "not sent again because it may already have arrived";
    /** The row's error while a channel post killed mid-call waits to be looked for in its channel. */
    static final String LOOKING_FOR_INTERRUPTED = "TechVoice stopped while Slack was being called; looked for in its channel "
            + "before it is posted again";

    private final OutboxRepository entries;
    private final Outbox outbox;
    private final OutboxProperties properties;
    private final Backoff backoff;
    private final ObjectMapper json;
    private final FailureNotices notices;
    private final Clock clock;
    private final OutboxMetrics metrics;

    OutboxLedger(OutboxRepository entries, Outbox outbox, OutboxProperties properties, ObjectMapper json, FailureNotices notices,
            Clock clock, OutboxMetrics metrics) {
        this.metrics = metrics;
        this.entries = entries;
        this.outbox = outbox;
        this.properties = properties;
        this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff());
        this.json = json;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * One call to make: the message, and for an update the message it updates; or, when that message's own call was
     * cut short ({@code lost}), the update waits for the worker to find where it landed.
     */
    record Attempt(long id, OutboundMessage message, Outbox.DeliveredMessage target, LostPost lost, Instant unansweredSince) {

        /** A channel post an earlier call of which went unanswered, or was cut short by a kill: it may be in its channel already. */
        boolean mayAlreadyBePosted() {
            return unansweredSince != null && message.kind() == OutboundMessage.Kind.POST_MESSAGE;
        }
    }

    /** A channel post whose call was interrupted mid-way: it may be in Slack, with no record of where. */
    record LostPost(long id, OutboundMessage message, Instant notBefore, String error) {
    }

    /** A claimed row, with what pacing needs to know about it. */
    record Claim(long id, String teamId, OutboundMessage.Kind kind, String channel) {
    }

    @Transactional
    public List<Claim> claim(String instance, int limit) {
        Instant now = clock.instant();
        List<OutboxEntry> due = entries.lockDue(now, limit);
        due.forEach(entry -> entry.claim(instance, now.plus(properties.lease())));
        return due.stream()
                .map(entry -> new Claim(entry.id(), entry.teamId(), entry.kind(),
                        message(entry).map(OutboundMessage::channel).orElse(null)))
                .toList();
    }

    /** Not now (pacing): back to PENDING until the time given for each, without counting an attempt; one transaction. */
    @Transactional
    public void defer(Map<Long, Instant> whenById, String instance) {
        entries.findAllById(whenById.keySet()).stream()
                .filter(entry -> entry.isClaimedBy(instance) && !entry.attemptMayHaveLanded())
                .forEach(entry -> entry.retryAt(whenById.get(entry.id()), null));
    }

    /**
     * Commits that the call is about to be made, or settles the row without a call (an update whose target
     * is not there yet waits; one whose target failed fails).
     */
    @Transactional
    public Optional<Attempt> startAttempt(long id, String instance) {
        OutboxEntry entry = entries.findById(id).orElse(null);
        if (entry == null || !entry.isClaimedBy(instance)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OutboundMessage message = message(entry).orElse(null);
        if (message == null) {
            fail(entry, "unreadable payload: the message cannot be rebuilt from what was stored");
            return Optional.empty();
        }
        Outbox.DeliveredMessage target = null;
        if (message.kind().dependsOnEarlier()) {
            OutboxEntry original = message.updateOfKey() == null ? null
                    : entries.findByTeamIdAndIdempotencyKey(entry.teamId(), message.updateOfKey()).orElse(null);
            Optional<OutboundMessage> lost = original == null ? Optional.empty() : lostPost(original);
            if (lost.isPresent() && message.kind() == OutboundMessage.Kind.UPDATE_MESSAGE) {
                entry.startAttempt(now);
                return Optional.of(new Attempt(id, message, null,
                        new LostPost(original.id(), lost.get(), original.createdAt(), original.lastError()), null));
            }
            if (original != null && original.status() == OutboxEntry.Status.FAILED) {
                fail(entry, "what it depends on (" + message.updateOfKey() + ") was never delivered (" + original.lastError() + ")");
                return Optional.empty();
            }
            if (original == null || original.status() != OutboxEntry.Status.DELIVERED) {
                Instant next = now.plus(properties.updateWait());
                if (next.isAfter(giveUpAt(entry))) {
                    fail(entry, "what it depends on (" + message.updateOfKey() + ") was never delivered");
                } else {
                    entry.retryAt(next, "waiting for " + message.updateOfKey() + " to be delivered");
                }
                return Optional.empty();
            }
            target = original.deliveredMessage();
        }
        entry.startAttempt(now);
        return Optional.of(new Attempt(id, message, target, null, entry.unansweredSince()));
    }

    /** A channel post that failed although its call may have reached Slack (see {@link FailureNotices#mayHaveArrived}). */
    private Optional<OutboundMessage> lostPost(OutboxEntry original) {
        if (original.status() != OutboxEntry.Status.FAILED || original.kind() != OutboundMessage.Kind.POST_MESSAGE
                || !FailureNotices.mayHaveArrived(original.lastError())) {
            return Optional.empty();
        }
        return message(original);
    }

    /** The lost post was found in Slack: it was delivered after all, there; later updates go to it directly. */
    @Transactional
    public void found(long originalId, Outbox.DeliveredMessage where) {
        entries.findById(originalId).filter(entry -> entry.status() == OutboxEntry.Status.FAILED)
                .ifPresent(entry -> entry.delivered(where.channel(), where.ts(), clock.instant()));
    }

    @Transactional
    public void record(long id, String instance, DeliveryOutcome outcome) {
        OutboxEntry entry = entries.findById(id).orElse(null);
        if (entry == null || !entry.isClaimedBy(instance)) {
            log.warn("Outbox row {} was taken from this instance while its call ran (lease too short?): outcome {} dropped",
                    id, outcome);
            return;
        }
        Instant now = clock.instant();
        if (outcome instanceof DeliveryOutcome.Delivered delivered) {
            entry.delivered(delivered.channel(), delivered.ts(), now);
            metrics.delivered(entry.kind(), Duration.between(entry.createdAt(), now));
            scrubIfAsked(entry);
        } else if (outcome instanceof DeliveryOutcome.Permanent permanent) {
            fail(entry, permanent.error());
        } else if (outcome instanceof DeliveryOutcome.Transient failure) {
            retryOrGiveUp(entry, now.plus(backoff.delay(entry.attempts(), failure.retryAfter())), failure.error(), false);
        } else if (outcome instanceof DeliveryOutcome.Unanswered unanswered) {
            retryOrGiveUp(entry, now.plus(backoff.delay(entry.attempts(), null)), unanswered.error(), true);
        }
    }

    /** Back to the queue at {@code next}, unless that is past give-up-after; {@code unanswered}: it may be in Slack. */
    private void retryOrGiveUp(OutboxEntry entry, Instant next, String error, boolean unanswered) {
        if (next.isAfter(giveUpAt(entry))) {
            fail(entry, "gave up after " + entry.attempts() + " attempts: " + error);
        } else if (unanswered) {
            entry.unansweredRetryAt(next, error);
        } else {
            entry.retryAt(next, error);
        }
    }

    /** Rows claimed but not yet started go back to the queue unchanged (shutdown, run budget spent). */
    @Transactional
    public void release(List<Long> ids, String instance) {
        entries.findAllById(ids).stream()
                .filter(entry -> entry.isClaimedBy(instance) && !entry.attemptMayHaveLanded())
                .forEach(entry -> entry.retryAt(entry.nextAttemptAt(), null));
    }

    /** Takes back rows whose instance died; see the class comment for why some are not resent. */
    @Transactional
    public int recoverExpiredLeases(int limit) {
        List<OutboxEntry> expired = entries.lockExpiredLeases(clock.instant(), limit);
        for (OutboxEntry entry : expired) {
            if (!entry.attemptMayHaveLanded() || entry.kind() == OutboundMessage.Kind.UPDATE_MESSAGE) {
                entry.retryAt(entry.nextAttemptAt(), null);
            } else if (entry.kind() == OutboundMessage.Kind.POST_MESSAGE) {
                log.warn("Outbox row {} ({}) was mid-call when its instance stopped: looked for in its channel before it is posted again",
                        entry.id(), entry.idempotencyKey());
                entry.unansweredRetryAt(clock.instant(), LOOKING_FOR_INTERRUPTED);
            } else {
                log.warn("Outbox row {} ({}) was mid-call when its instance stopped: marked failed, not resent",
                        entry.id(), entry.idempotencyKey());
                fail(entry, INTERRUPTED);
            }
        }
        return expired.size();
    }

    private Instant giveUpAt(OutboxEntry entry) {
        return entry.createdAt().plus(properties.giveUpAfter());
    }

    private void fail(OutboxEntry entry, String error) {
        log.warn("Outbox message {} for team {} failed: {}", entry.idempotencyKey(), entry.teamId(), error);
        entry.fail(error);
        message(entry)
                .filter(message -> message.notifyOnFailureUserId() != null && !message.notifyOnFailureUserId().isBlank())
                // keyed by the failed row, so recording the same failure twice still tells the person once
                .ifPresent(message -> {
                    OutboundMessage notice = OutboundMessage.directMessage(message.teamId(), "outbox-failed:" + entry.id(),
                            message.notifyOnFailureUserId(), notices.text(message, error), null);
                    // a failure met while someone is being forgotten tells them, and keeps nothing of them once told
                    outbox.enqueue(message.scrubbedOnceSettled() ? notice.erasingRecipientOnDelivery() : notice);
                });
        scrubIfAsked(entry);
    }

    /** A message to someone being forgotten keeps nothing about them once it is settled. */
    private void scrubIfAsked(OutboxEntry entry) {
        message(entry).filter(OutboundMessage::scrubbedOnceSettled).ifPresent(message -> {
            try {
                entry.scrub(json.writeValueAsString(message.scrubbed()), !message.erasingRecipient());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("An outbox message could not be written as JSON", e);
            }
        });
    }

    private Optional<OutboundMessage> message(OutboxEntry entry) {
        try {
            return Optional.of(json.readValue(entry.payload(), OutboundMessage.class));
        } catch (JsonProcessingException e) {
            log.error("Outbox row {} holds an unreadable payload: {}", entry.id(), e.getMessage());
            return Optional.empty();
        }
    }
}
