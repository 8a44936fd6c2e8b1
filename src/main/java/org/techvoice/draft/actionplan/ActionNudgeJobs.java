package org.techvoice.draft.actionplan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Looks for due action nudges on exactly one instance; every quarter of an hour is often enough to catch each
 * owner's working day, whatever their zone.
 */
@Component
class ActionNudgeJobs {

    private static final Logger log = LoggerFactory.getLogger(ActionNudgeJobs.class);

    private final ActionNudges nudges;

    ActionNudgeJobs(ActionNudges nudges) {
        this.nudges = nudges;
    }

    @Scheduled(fixedDelayString = "${techvoice.actions.nudge-interval:PT15M}",
            initialDelayString = "${techvoice.actions.nudge-initial-delay:PT2M}")
    @SchedulerLock(name = "action-nudges", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void run() {
        try {
            nudges.nudgeDue();
        } catch (DataAccessException | TransactionException e) {
            log.warn("Action nudges skipped this run, the database is unavailable: {}", e.getMessage());
        }
    }
}
