package org.techvoice.outbox;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox rows through {@link OutboundDelivery}, one at a time, recording each outcome.
 * {@link OutboxJobs} calls {@link #deliverDue()} on a short fixed delay.
 *
 * <p>On shutdown it stops between two calls: the call under way is finished and recorded, and the rows it
 * had claimed but not started go back to PENDING, so a graceful stop never loses or doubles a message.
 */
@Component
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxLedger ledger;
    private final OutboundDelivery delivery;
    private final OutboxProperties properties;
    private final Pacing pacing;
    private final Clock clock;
    private final String instance = instanceName();
    /** Held for a whole run; stop() takes it to wait for the run under way. */
    private final ReentrantLock run = new ReentrantLock();
    private volatile boolean running;

    OutboxWorker(OutboxLedger ledger, OutboundDelivery delivery, OutboxProperties properties, Pacing pacing, Clock clock) {
        this.ledger = ledger;
        this.delivery = delivery;
        this.properties = properties;
        this.pacing = pacing;
        this.clock = clock;
    }

    /** @return how many rows were attempted */
    int deliverDue() {
        if (!running || !run.tryLock()) {
            return 0;
        }
        try {
            ledger.recoverExpiredLeases(properties.batchSize());
            Instant deadline = clock.instant().plus(properties.runBudget());
            int attempted = 0;
            while (running && clock.instant().isBefore(deadline)) {
                List<OutboxLedger.Claim> claimed = ledger.claim(instance, properties.batchSize());
                int done = 0;
                while (done < claimed.size() && running && clock.instant().isBefore(deadline)) {
                    OutboxLedger.Claim claim = claimed.get(done++);
                    Optional<Instant> wait = pacing.reserve(claim.teamId(), claim.kind(), claim.channel());
                    if (wait.isPresent()) {
                        ledger.defer(claim.id(), instance, wait.get());
                    } else {
                        deliver(claim);
                        attempted++;
                    }
                }
                if (done < claimed.size()) {
                    ledger.release(claimed.subList(done, claimed.size()).stream().map(OutboxLedger.Claim::id).toList(), instance);
                }
                if (claimed.size() < properties.batchSize()) {
                    break;
                }
            }
            return attempted;
        } finally {
            run.unlock();
        }
    }

    private void deliver(OutboxLedger.Claim claim) {
        long id = claim.id();
        Optional<OutboxLedger.Attempt> attempt = ledger.startAttempt(id, instance);
        if (attempt.isEmpty()) {
            return;
        }
        DeliveryOutcome outcome;
        try {
            outcome = delivery.deliver(attempt.get().message(), attempt.get().target());
        } catch (RuntimeException e) {
            // a bug or an unexpected library failure: retried like an outage, and bounded by give-up-after
            log.error("Outbox delivery of row {} threw", id, e);
            outcome = new DeliveryOutcome.Transient(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        if (outcome instanceof DeliveryOutcome.Transient limited && limited.retryAfter() != null) {
            pacing.pause(claim.teamId(), claim.kind(), clock.instant().plus(limited.retryAfter()));
        }
        ledger.record(id, instance, outcome);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        // wait for the call under way to be recorded; the loop checks 'running' between calls
        run.lock();
        run.unlock();
    }

    @Override
    public boolean isRunning() {
        return running;
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
