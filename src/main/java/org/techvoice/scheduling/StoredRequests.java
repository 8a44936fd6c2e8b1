package org.techvoice.scheduling;

import java.sql.Timestamp;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work done after Slack's acknowledgement that must not be lost (a draft, an erasure, an import): stored in the
 * database with the acknowledgement, done by {@link StoredRequestJobs} on one instance at a time, and removed in the
 * same transaction as the work's own writes. A restart or kill -9 after the ack leaves the request here; the next run
 * does it, once. The handlers ({@link StoredRequestHandler}, one per kind) are run by {@link StoredRequestRunner}.
 */
@Service
public class StoredRequests {

    /** The kind of a confirmed {@code /tc forget-me} (handled in mydata), which erasure itself leaves to its job. */
    public static final String ERASURE_KIND = "forget-me";

    /**
     * Who a request is stored under when nobody asked for it and the app owes it on its own (a closed survey's results
     * shared back): not a Slack user id, so no person's export lists it and no person's erasure cancels it.
     */
    public static final String ON_ITS_OWN = "techvoice";

    /** A request whose work fails this often is given up, and the person told. */
    public static final int MAX_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CommitsOnDisk disk;
    private final AfterCommitWakeUp wakeUp;

    StoredRequests(DataSource dataSource, PlatformTransactionManager transactions, Clock clock, CommitsOnDisk disk,
            TaskScheduler scheduler, ObjectProvider<StoredRequestJobs> jobs) {
        // the jobs are looked up when first woken: their handlers store requests too
        this.wakeUp = new AfterCommitWakeUp(scheduler, () -> jobs.getObject().runWoken());
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.disk = disk;
    }

    /**
     * Stores the request unless one with the same kind and key is already waiting; joins the caller's transaction
     * when there is one. Once that commits, the request is in the database's file, before the acknowledgement leaves,
     * and the job starts on it.
     */
    public void submit(String teamId, String kind, String key, String userId, String payload) {
        transaction.executeWithoutResult(status -> {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from stored_request where team_id = ? and kind = ? and request_key = ?",
                    Integer.class, teamId, kind, key);
            if (waiting == null || waiting == 0) {
                jdbc.update("insert into stored_request (team_id, kind, request_key, user_id, payload, attempts, requested_at) "
                        + "values (?, ?, ?, ?, ?, 0, ?)", teamId, kind, key, userId, payload, Timestamp.from(clock.instant()));
                disk.afterCommit();
                wakeUp.workStored();
            }
        });
    }

    /** How many requests of a kind are waiting, across workspaces (for tests and operators). */
    public int waiting(String kind) {
        Integer count = jdbc.queryForObject("select count(*) from stored_request where kind = ?", Integer.class, kind);
        return count == null ? 0 : count;
    }
}
