package org.techvoice.outbox;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox rows through {@link OutboundDelivery}, recording each outcome. {@link OutboxJobs} calls
 * {@link #deliverDue()} on a short fixed delay.
 *
 * <p>A run keeps up to {@code batch-size} claimed rows in hand (claimed in one transaction) and starts each as soon
 * as {@link Pacing} gives it a slot, with up to {@code concurrency} Slack calls under way at once on a small pool,
 * so delivery follows the workspace's rate rather than one call's round trip. A row whose slot is a moment away
 * stays in hand; one that must wait longer (its channel had a message a second ago, a 429 pause, a Tier 3
 * allowance spent) goes back to PENDING until then, with the others of that moment in one transaction. Each call
 * still commits {@code attempt_started_at} before it begins and its outcome after, in its own thread, so a row is
 * never sent twice whatever happens to the process.
 *
 * <p>On shutdown it stops starting calls: the calls under way are finished and recorded, and the rows it had
 * claimed but not started go back to PENDING, so a graceful stop never loses or doubles a message.
 */
@Component
class OutboxWorker implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    /** A slot this close is waited for in memory; a later one sends the row back to the table until then. */
    static final Duration HOLD = Duration.ofMillis(250);

    private final OutboxLedger ledger;
    private final OutboundDelivery delivery;
    private final OutboxProperties properties;
    private final Pacing pacing;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final String instance = instanceName();
    private final ExecutorService calls;
    /** One permit per call that may be under way. */
    private final Semaphore callSlots;
    /** Held for a whole run; stop() takes it to wait for the run under way. */
    private final ReentrantLock run = new ReentrantLock();
    private volatile boolean running;

    OutboxWorker(OutboxLedger ledger, OutboundDelivery delivery, OutboxProperties properties, Pacing pacing, Clock clock,
            OutboxMetrics metrics) {
        this.metrics = metrics;
        this.ledger = ledger;
        this.delivery = delivery;
        this.properties = properties;
        this.pacing = pacing;
        this.clock = clock;
        this.callSlots = new Semaphore(properties.concurrency());
        AtomicInteger threads = new AtomicInteger();
        this.calls = Executors.newFixedThreadPool(properties.concurrency(), task -> {
            Thread thread = new Thread(task, "outbox-call-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @return how many rows were attempted */
    int deliverDue() {
        if (!running || !run.tryLock()) {
            return 0;
        }
        try {
            ledger.recoverExpiredLeases(properties.batchSize());
            return new Run(clock.instant().plus(properties.runBudget())).deliver();
        } finally {
            run.unlock();
        }
    }

    /** A claimed row waiting in hand for its pacing slot. */
    private record Held(OutboxLedger.Claim claim, Instant at, long order) {
    }

    /** One run: its rows in hand, the deferrals not yet written, the calls it started. */
    private final class Run {

        private final Instant deadline;
        /** The run budget on the monotonic clock too, so a clock set back cannot stretch a run. */
        private final long deadlineNanos = System.nanoTime() + properties.runBudget().toNanos();
        private final PriorityQueue<Held> held = new PriorityQueue<>(
                Comparator.comparing(Held::at).thenComparingLong(Held::order));
        private final Map<Long, Instant> deferred = new LinkedHashMap<>();
        private final AtomicInteger attempted = new AtomicInteger();
        private long order;

        Run(Instant deadline) {
            this.deadline = deadline;
        }

        int deliver() {
            try {
                boolean mayBeMore = true;
                while (running && clock.instant().isBefore(deadline) && System.nanoTime() - deadlineNanos < 0) {
                    // topped up once half the hand is gone, so claiming stays one transaction for many rows
                    if (mayBeMore && held.size() <= properties.batchSize() / 2) {
                        // rows put off so far go back first, so this claim can see them when they are due
                        writeDeferrals();
                        int wanted = properties.batchSize() - held.size();
                        List<OutboxLedger.Claim> claimed = ledger.claim(instance, wanted);
                        Instant now = clock.instant();
                        claimed.forEach(claim -> held.add(new Held(claim, now, order++)));
                        mayBeMore = claimed.size() == wanted;
                    }
                    if (held.isEmpty()) {
                        break;
                    }
                    if (!startOrPutOff(held.poll())) {
                        break;
                    }
                }
            } finally {
                // also when a call failed unexpectedly or shutdown interrupted us
                finish();
            }
            return attempted.get();
        }

        /** @return false when the run must stop (interrupted, or stopping) */
        private boolean startOrPutOff(Held next) {
            Instant now = clock.instant();
            if (next.at().isAfter(now)) {
                if (Duration.between(now, next.at()).compareTo(HOLD) > 0) {
                    // only when the clock was set back: never wait in memory for longer than HOLD
                    deferred.put(next.claim().id(), next.at());
                    return true;
                }
                held.add(next);
                // nothing can start before then: write the deferrals gathered so far while waiting
                writeDeferrals();
                return pause(Duration.between(clock.instant(), min(next.at(), deadline)));
            }
            OutboxLedger.Claim claim = next.claim();
            Optional<Instant> wait = pacing.reserve(claim.teamId(), claim.kind(), claim.channel());
            if (wait.isPresent()) {
                if (Duration.between(now, wait.get()).compareTo(HOLD) <= 0) {
                    held.add(new Held(claim, wait.get(), next.order()));
                } else {
                    deferred.put(claim.id(), wait.get());
                }
                return true;
            }
            try {
                callSlots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                // its slot is spent, but the row was not started: it goes back with the others
                held.add(next);
                return false;
            }
            if (!running) {
                // stop() came while every call slot was busy: start nothing more
                callSlots.release();
                held.add(next);
                return false;
            }
            try {
                calls.execute(() -> {
                    try {
                        deliverOne(claim);
                        attempted.incrementAndGet();
                    } finally {
                        callSlots.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                callSlots.release();
                held.add(next);
                return false;
            }
            return true;
        }

        private boolean pause(Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                return true;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(duration.toMillis(), HOLD.toMillis())));
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void finish() {
            // a shutdown may have interrupted this thread, and the pool would refuse it a connection
            boolean interrupted = Thread.interrupted();
            try {
                // the calls under way are recorded before the run ends (each bounded by call-timeout)
                callSlots.acquireUninterruptibly(properties.concurrency());
                callSlots.release(properties.concurrency());
                writeDeferrals();
                List<Long> unstarted = new ArrayList<>();
                held.forEach(h -> unstarted.add(h.claim().id()));
                held.clear();
                if (!unstarted.isEmpty()) {
                    // rather than waiting for their lease to expire
                    ledger.release(unstarted, instance);
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void writeDeferrals() {
            if (!deferred.isEmpty()) {
                ledger.defer(new LinkedHashMap<>(deferred), instance);
                deferred.clear();
            }
        }
    }

    private void deliverOne(OutboxLedger.Claim claim) {
        long id = claim.id();
        try {
            Optional<OutboxLedger.Attempt> attempt = ledger.startAttempt(id, instance);
            if (attempt.isEmpty()) {
                return;
            }
            DeliveryOutcome outcome;
            try {
                outcome = deliver(attempt.get());
            } catch (RuntimeException e) {
                // a bug or an unexpected library failure: retried like an outage, and bounded by give-up-after
                log.error("Outbox delivery of row {} threw", id, e);
                outcome = new DeliveryOutcome.Transient(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
            }
            if (outcome instanceof DeliveryOutcome.Transient limited && limited.retryAfter() != null) {
                metrics.rateLimited(claim.kind());
                pacing.pause(claim.teamId(), claim.kind(), clock.instant().plus(limited.retryAfter()));
            }
            ledger.record(id, instance, outcome);
        } catch (RuntimeException e) {
            // the database failed around the call: the row keeps its lease, and recovery settles it (see OutboxLedger)
            log.error("Outbox row {} could not be started or recorded", id, e);
        }
    }

    /**
     * An update of a post whose own call was cut short first looks for the post in its channel: found, it is
     * recorded as delivered there and updated; not there, the update fails for good, and whoever asked is told
     * (see {@code FailureNotices}) to remove it by hand. A channel post an earlier call of which went unanswered, or was
     * cut short by a kill, is looked for the same way first, and recorded where it is found rather than posted twice.
     * Where the channel's messages cannot be read now, the look is made again after the back-off; where they cannot be
     * read at all, the post is not posted blind: it fails, and whoever asked is told to check the channel.
     */
    private DeliveryOutcome deliver(OutboxLedger.Attempt attempt) {
        Outbox.DeliveredMessage target = attempt.target();
        if (attempt.lost() != null) {
            OutboxLedger.LostPost lost = attempt.lost();
            PostSearch search = delivery.findPost(lost.message(), lost.notBefore());
            String neverDelivered = "what it depends on (" + lost.message().idempotencyKey() + ") was never delivered (" + lost.error() + ")";
            if (search instanceof PostSearch.Unknown unknown) {
                String error = neverDelivered + ", and its channel's messages could not be read: " + unknown.why();
                return unknown.later() ? new DeliveryOutcome.Transient(error, null) : new DeliveryOutcome.Permanent(error);
            }
            if (!(search instanceof PostSearch.Found found)) {
                log.warn("Outbox row {} updates row {}, whose post may have arrived unrecorded and is not in its channel", attempt.id(), lost.id());
                return new DeliveryOutcome.Permanent(neverDelivered + "; it is not in the channel's messages either");
            }
            ledger.found(lost.id(), found.where());
            target = found.where();
        }
        if (attempt.mayAlreadyBePosted()) {
            PostSearch search = delivery.findPost(attempt.message(), attempt.unansweredSince());
            if (search instanceof PostSearch.Found found) {
                log.info("Outbox row {}: the post an earlier call of which got no answer is in its channel; not posted again", attempt.id());
                return new DeliveryOutcome.Delivered(found.where().channel(), found.where().ts());
            }
            if (search instanceof PostSearch.Unknown unknown) {
                return unknown.later() ? new DeliveryOutcome.Unanswered("unanswered, and " + unknown.why())
                        : new DeliveryOutcome.Permanent(FailureNotices.UNANSWERED_UNCHECKED + ": an earlier call got no answer, so it "
                                + "may already have arrived, and its channel's messages could not be read (" + unknown.why()
                                + "); not sent again");
            }
        }
        return delivery.deliver(attempt.message(), target);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        // wait for the calls under way to be recorded; the run checks 'running' before starting each
        run.lock();
        run.unlock();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }

    /** Unique per process and start, so a restarted instance never mistakes its predecessor's claims for its own. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        String name = host + "/" + UUID.randomUUID();
        return name.length() <= 64 ? name : name.substring(name.length() - 64);
    }
}
