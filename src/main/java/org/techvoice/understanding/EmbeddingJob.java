package org.techvoice.understanding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.techvoice.RequestTraffic;
import org.techvoice.understanding.EmbeddableTexts.EmbeddedText;
import org.techvoice.understanding.EmbeddableTexts.PlacedVector;
import org.techvoice.understanding.EmbeddableTexts.StoredVector;
import org.techvoice.understanding.EmbeddableTexts.TextToEmbed;
import org.techvoice.workspaces.WorkspaceService;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Embeds every stored text that has no vector yet, after the ack: new entries within {@code embed-every} of being
 * said, and, on the first runs after an upgrade, every row written before the model existed (the back-fill). With
 * each vector it passes the themes the rules and the model suggest, so a row whose themes were suggested on the ack
 * (by the rules alone) takes the model's view too, without a second embedding.
 *
 * <p>It runs on a thread of its own rather than Spring's single scheduler thread: a back-fill keeps the CPU busy for
 * minutes, and on the shared scheduler it would hold up the outbox's deliveries and the survey reminders. ShedLock
 * (lock {@code embedding}, through the same lock table as every job) keeps it to one instance at a time; a run stops
 * after {@link #RUN_BUDGET}, well inside the lock's lifetime, and the next run carries on. It rests between texts, so
 * it uses about half of one core, and it yields to Slack traffic ({@link EmbeddingPace}): while requests are arriving
 * it waits, so the acks keep both cores.
 */
@Component
class EmbeddingJob {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingJob.class);

    static final Duration RUN_BUDGET = Duration.ofMinutes(4);
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    private final List<EmbeddableTexts> sources;
    private final SentenceEmbeddings embeddings;
    private final CombinedThemeSuggester themes;
    private final WorkspaceService workspaces;
    private final LockingTaskExecutor locks;
    private final UnderstandingProperties properties;
    private final Clock clock;
    private final EmbeddingPace pace;
    private final Map<VectorPlacer.Targets, VectorPlacer> placers = new EnumMap<>(VectorPlacer.Targets.class);
    /**
     * For each workspace and kind of text, the bank stamp its rows were last all placed against: the walk for rows to
     * place again is a scan of the workspace's rows, so it runs once per bank (after start-up, after an upgrade changed
     * a bank) and again only when this instance stored vectors the bank could not place (it was not built yet), not
     * every 15 seconds. Another instance's such rows wait for its own next run; meanwhile a draft measures their vectors.
     */
    private final Map<String, String> placedAgainst = new java.util.concurrent.ConcurrentHashMap<>();
    private ScheduledExecutorService thread;

    EmbeddingJob(List<EmbeddableTexts> sources, SentenceEmbeddings embeddings, CombinedThemeSuggester themes,
            WorkspaceService workspaces, LockProvider lockProvider, UnderstandingProperties properties,
            RequestTraffic traffic, Clock clock, List<VectorPlacer> placers) {
        placers.forEach(placer -> this.placers.put(placer.targets(), placer));
        this.sources = List.copyOf(sources);
        this.embeddings = embeddings;
        this.themes = themes;
        this.workspaces = workspaces;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.properties = properties;
        this.clock = clock;
        this.pace = new EmbeddingPace(traffic, clock);
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (thread != null || !properties.modelEnabled()) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "embedding-job");
            t.setDaemon(true);
            // below the request threads: embedding must never slow an ack
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        long every = properties.embedEvery().toMillis();
        thread.scheduleWithFixedDelay(this::runLocked, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    private void runLocked() {
        if (!embeddings.ready()) {
            return;
        }
        try {
            locks.executeWithLock((Runnable) this::runOnce,
                    new LockConfiguration(clock.instant(), "embedding", LOCK_AT_MOST, Duration.ZERO));
        } catch (DataAccessException | TransactionException e) {
            // The database is away (restart, failover): the next run retries.
            log.warn("Embedding skipped this run, the database is unavailable: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Embedding stopped with an error; the next run carries on", e);
        }
    }

    /** @return how many rows got a vector, over every workspace and kind */
    int runOnce() {
        Instant stopAt = clock.instant().plus(RUN_BUDGET);
        int stored = 0;
        for (String teamId : workspaces.teamIds()) {
            for (EmbeddableTexts source : sources) {
                stored += embedAll(teamId, source, stopAt);
                placeAll(teamId, source, stopAt);
                if (!embeddings.ready() || clock.instant().isAfter(stopAt)) {
                    return stored;
                }
            }
        }
        if (stored > 0) {
            log.debug("Embedded {} text(s)", stored);
        }
        return stored;
    }

    /** Walks the workspace's rows of one kind without a vector, by id, a batch at a time. */
    private int embedAll(String teamId, EmbeddableTexts source, Instant stopAt) {
        VectorPlacer placer = source.placedBy() == null ? null : placers.get(source.placedBy());
        int stored = 0;
        String afterKey = null;
        while (!clock.instant().isAfter(stopAt)) {
            List<TextToEmbed> batch = source.awaitingEmbedding(teamId, afterKey, properties.batchSize());
            List<EmbeddedText> embedded = new ArrayList<>(batch.size());
            for (TextToEmbed text : batch) {
                if (!awaitPause()) {
                    return stored + source.store(teamId, embedded);
                }
                long started = System.nanoTime();
                Optional<Embedding> meaning = embed(source, text);
                if (!restAsLongAs(System.nanoTime() - started)) {
                    return stored + source.store(teamId, embedded);
                }
                if (meaning.isEmpty() && !embeddings.ready()) {
                    return stored + source.store(teamId, embedded);
                }
                if (meaning.isPresent()) {
                    Embedding m = meaning.get();
                    // where the vector places the row (nearest topic or activity), so a draft reads that, not the vector
                    Placement placement = placer == null ? null : placer.place(m).orElse(null);
                    if (placer != null && placement == null) {
                        placedAgainst.remove(teamId + "/" + source.kind()); // stored unplaced: the next walk places it
                    }
                    // the model's theme suggestion from the vector just computed: dot products, no second embedding
                    embedded.add(new EmbeddedText(text.key(), text.text(), m, themes.suggest(text.text(), m), placement));
                }
            }
            stored += source.store(teamId, embedded);
            if (batch.size() < properties.batchSize()) {
                return stored;
            }
            // a row that cannot be embedded is passed over until the next run, not retried in a loop
            afterKey = batch.get(batch.size() - 1).key();
        }
        return stored;
    }

    /**
     * Places again, from their stored vectors, the rows of one kind with no placement against the bank as it is now:
     * rows embedded before the bank was built or before placements were stored, and every row once the action library
     * or Appendix A's descriptions change (the bank's stamp with them). No embedding: a few hundred dot products a row.
     *
     * @return how many rows were placed
     */
    int placeAll(String teamId, EmbeddableTexts source, Instant stopAt) {
        VectorPlacer placer = source.placedBy() == null ? null : placers.get(source.placedBy());
        String stamp = placer == null ? null : placer.stamp();
        String walk = teamId + "/" + source.kind();
        if (stamp == null || stamp.equals(placedAgainst.get(walk))) {
            return 0;
        }
        int placed = 0;
        String afterKey = null;
        while (!clock.instant().isAfter(stopAt)) {
            List<StoredVector> batch = source.awaitingPlacement(teamId, stamp, afterKey, properties.batchSize());
            List<PlacedVector> placements = new ArrayList<>(batch.size());
            for (StoredVector row : batch) {
                placer.place(row.embedding()).ifPresent(p -> placements.add(new PlacedVector(row.key(), row.embedding(), p)));
            }
            placed += source.storePlacements(teamId, placements);
            if (batch.size() < properties.batchSize()) {
                placedAgainst.put(walk, stamp);
                return placed;
            }
            if (placements.isEmpty()) {
                return placed; // the bank went away mid-walk: the next run starts again
            }
            afterKey = batch.get(batch.size() - 1).key();
        }
        return placed;
    }

    /**
     * Waits while Slack requests are arriving, for at most {@link EmbeddingPace#LONGEST_WAIT}.
     *
     * @return false when the job is being stopped
     */
    private boolean awaitPause() {
        Instant since = clock.instant();
        for (Duration wait = pace.waitBeforeNext(since); !wait.isZero(); wait = pace.waitBeforeNext(since)) {
            if (!restAsLongAs(wait.toNanos())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps the job to about half of one core: after each embedding it waits as long as the embedding took. Java's
     * thread priorities mean nothing to Linux's scheduler, so without this a back-fill, or the entries of a busy
     * hour, would take a whole core from the request threads and slow every ack on a 2-core machine; at half a core it
     * still embeds about 80 entries a second (issue 16 asks 50).
     *
     * @return false when the job is being stopped
     */
    private static boolean restAsLongAs(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Optional<Embedding> embed(EmbeddableTexts source, TextToEmbed text) {
        try {
            return embeddings.embed(text.text());
        } catch (RuntimeException e) {
            log.warn("One of the {} (id {}) could not be embedded and keeps the rules: {}", source.kind(), text.key(), e.toString());
            return Optional.empty();
        }
    }
}
