package org.techvoice.loop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Runs what closing the loop sends on its own, every few minutes, on exactly one instance. */
@Component
class LoopJobs {

    private static final Logger log = LoggerFactory.getLogger(LoopJobs.class);

    private final SaidDidPosts saidDid;
    private final Digests digests;
    private final LeadReports leadReports;
    private final PlanChanges changes;
    private final Clock clock;

    LoopJobs(SaidDidPosts saidDid, Digests digests, LeadReports leadReports, PlanChanges changes, Clock clock) {
        this.leadReports = leadReports;
        this.saidDid = saidDid;
        this.digests = digests;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${techvoice.loop.job-interval:PT5M}", initialDelayString = "${techvoice.loop.job-initial-delay:PT1M}")
    @SchedulerLock(name = "loop", lockAtMostFor = "PT30S", lockAtLeastFor = "PT10S")
    void run() {
        try {
            saidDid.postDue();
            digests.postDue();
            leadReports.sendDue();
            changes.forgetOlderThan(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(PlanChanges.KEPT_DAYS));
        } catch (DataAccessException | TransactionException e) {
            log.warn("Loop jobs skipped this run, the database is unavailable: {}", e.getMessage());
        }
    }
}
