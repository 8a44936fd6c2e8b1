package org.techvoice.scheduling;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/** Runs waiting {@link StoredRequest}s through the handler of their kind; see {@link StoredRequests}. */
@Component
class StoredRequestRunner {

    private static final Logger log = LoggerFactory.getLogger(StoredRequestRunner.class);
    /** Requests done per run, so one run stays well inside its lock. */
    static final int BATCH = 5;
    private static final int MAX_ATTEMPTS = StoredRequests.MAX_ATTEMPTS;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Map<String, StoredRequestHandler> handlers;

    private final MeterRegistry meters;

    /** @param meters {@code techvoice.stored.requests}: how long each kind takes (a draft's compilation, an erasure) */
    StoredRequestRunner(DataSource dataSource, PlatformTransactionManager transactions, List<StoredRequestHandler> handlers,
            ObjectProvider<MeterRegistry> meters) {
        this.meters = meters.getIfAvailable(CompositeMeterRegistry::new);
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.handlers = handlers.stream().collect(Collectors.toMap(StoredRequestHandler::kind, Function.identity()));
    }

    /** Does a few waiting requests, oldest first. Called by the job, which holds the lock for the whole run. */
    public void runWaiting() {
        List<StoredRequest> waiting = jdbc.query(
                "select id, team_id, kind, request_key, user_id, payload, attempts from stored_request order by id "
                        + "fetch first " + BATCH + " rows only",
                (rs, row) -> new StoredRequest(rs.getLong("id"), rs.getString("team_id"), rs.getString("kind"),
                        rs.getString("request_key"), rs.getString("user_id"), rs.getString("payload"), rs.getInt("attempts")));
        waiting.forEach(this::run);
    }

    private void run(StoredRequest request) {
        StoredRequestHandler handler = handlers.get(request.kind());
        if (handler == null) {
            log.error("Stored request {} has kind {}, which nothing handles; left waiting", request.id(), request.kind());
            return;
        }
        // counted before the work, in its own transaction, so a crash mid-work still counts towards giving up
        jdbc.update("update stored_request set attempts = attempts + 1 where id = ?", request.id());
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            transaction.executeWithoutResult(status -> {
                handler.handle(request);
                remove(request);
            });
            outcome = "done";
        } catch (RuntimeException e) {
            if (request.attempts() + 1 < MAX_ATTEMPTS) {
                log.warn("Stored {} request {} of team {} failed (attempt {}), will try again: {}", request.kind(), request.id(),
                        request.teamId(), request.attempts() + 1, e.toString());
                return;
            }
            log.error("Stored {} request {} of team {} failed {} times; giving up", request.kind(), request.id(),
                    request.teamId(), MAX_ATTEMPTS, e);
            transaction.executeWithoutResult(status -> {
                handler.giveUp(request);
                remove(request);
            });
        } finally {
            sample.stop(Timer.builder("techvoice.stored.requests").description("Work done after the ack: drafts, erasures, imports")
                    .tag("kind", request.kind()).tag("outcome", outcome).register(meters));
        }
    }

    private void remove(StoredRequest request) {
        jdbc.update("delete from stored_request where id = ?", request.id());
    }
}
