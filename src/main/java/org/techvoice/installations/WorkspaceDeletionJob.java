package org.techvoice.installations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.workspaces.WorkspaceDataRemoval;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Deletes the data of workspaces whose grace period after uninstalling has ended: every
 * {@link WorkspaceDataRemoval} runs for the team in one transaction, so a failure leaves all of it in place
 * to be retried on the next run, never half of it.
 */
@Component
public class WorkspaceDeletionJob {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceDeletionJob.class);

    private final WorkspaceDeletionRepository deletions;
    private final List<WorkspaceDataRemoval> removals;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WorkspaceDeletionJob(WorkspaceDeletionRepository deletions, List<WorkspaceDataRemoval> removals,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.deletions = deletions;
        this.removals = removals;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @return the teams whose data was deleted by this run */
    @Scheduled(initialDelayString = "${techvoice.installations.deletion-check-interval:PT1H}",
            fixedDelayString = "${techvoice.installations.deletion-check-interval:PT1H}")
    @SchedulerLock(name = "workspace-data-deletion", lockAtMostFor = "PT30M")
    public List<String> deleteDueWorkspaces() {
        Instant now = clock.instant();
        return deletions.findDueTeamIds(now).stream().filter(teamId -> deleteIfStillDue(teamId, now)).toList();
    }

    private boolean deleteIfStillDue(String teamId, Instant now) {
        try {
            Boolean deleted = transaction.execute(status -> {
                // locked: a reinstall in the meantime removed the row (and keeps the data), or waits for us
                WorkspaceDeletion due = deletions.lockByTeamId(teamId).filter(d -> !d.deleteAfter().isAfter(now)).orElse(null);
                if (due == null) {
                    return false;
                }
                long rows = removals.stream().mapToLong(removal -> removal.removeWorkspaceData(teamId)).sum();
                deletions.delete(due);
                log.info("Deleted the data of workspace {} ({} rows), {} after it uninstalled TechVoice",
                        teamId, rows, Duration.between(due.uninstalledAt(), now));
                return true;
            });
            return Boolean.TRUE.equals(deleted);
        } catch (RuntimeException e) {
            log.error("Could not delete the data of workspace {}; it stays scheduled and is retried on the next run", teamId, e);
            return false;
        }
    }
}
