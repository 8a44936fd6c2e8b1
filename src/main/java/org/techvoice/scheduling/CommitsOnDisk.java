package org.techvoice.scheduling;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a commit that an acknowledgement promises reach the database file before the acknowledgement leaves.
 * PostgreSQL's commit does that already. An H2 database on disk writes committed transactions from a background
 * thread up to a second later (which keeps it fast and lets that thread compact the file), so a kill -9 right after
 * "we'll erase your data" lost the stored erasure; for those commits H2 is asked to write at once ({@code CHECKPOINT},
 * written to the file without waiting for the disk, so it survives the process, as PostgreSQL's commit does).
 */
@Component
class CommitsOnDisk {

    private static final Logger log = LoggerFactory.getLogger(CommitsOnDisk.class);

    private final JdbcTemplate jdbc;
    /** Null until the first promised commit: the database is looked at then, not at start-up. */
    private volatile Boolean delayedByH2;

    CommitsOnDisk(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Once the current transaction commits (at once when there is none), its writes are in the database's file. */
    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write();
                }
            });
        } else {
            write();
        }
    }

    private void write() {
        try {
            if (delayedByH2 == null) {
                String url = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
                delayedByH2 = url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
            }
            if (delayedByH2) {
                jdbc.execute("CHECKPOINT");
            }
        } catch (DataAccessException e) {
            // the commit stands; only its protection from a crash within the next second is lost
            log.warn("Could not write a stored request to the H2 file at once: {}", e.getMessage());
        }
    }
}
