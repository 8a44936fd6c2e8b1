package org.techvoice.surveys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Runs the survey lifecycle every minute on exactly one instance. */
@Component
class SurveyJobs {

    private static final Logger log = LoggerFactory.getLogger(SurveyJobs.class);

    private final SurveyLifecycle lifecycle;

    SurveyJobs(SurveyLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(fixedDelayString = "${techvoice.surveys.job-interval:PT1M}",
            initialDelayString = "${techvoice.surveys.job-initial-delay:PT30S}")
    @SchedulerLock(name = "surveys-lifecycle", lockAtMostFor = "PT30S", lockAtLeastFor = "PT10S")
    void run() {
        try {
            lifecycle.runDueWork();
        } catch (DataAccessException | TransactionException e) {
            // The database is away (restart, failover): the next run retries; a stack trace a minute helps nobody.
            log.warn("Survey jobs skipped this run, the database is unavailable: {}", e.getMessage());
        }
    }
}
