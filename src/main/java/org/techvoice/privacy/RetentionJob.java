package org.techvoice.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceService;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Deletes or anonymises what is past its retention period, workspace by workspace, once a night on one
 * instance. Each participant works in its own transaction, so one failing feature does not stop the others.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionProperties properties;
    private final List<RetentionParticipant> participants;
    private final WorkspaceService workspaces;
    private final Clock clock;

    public RetentionJob(RetentionProperties properties, List<RetentionParticipant> participants,
            WorkspaceService workspaces, Clock clock) {
        this.properties = properties;
        this.participants = participants;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Scheduled(cron = "${techvoice.retention.cron:0 15 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void runScheduled() {
        run();
    }

    /** @return records expired per data kind, over every workspace */
    public Map<String, Integer> run() {
        Map<String, Integer> expired = new LinkedHashMap<>();
        for (RetentionParticipant participant : participants) {
            // Period arithmetic (years, months) needs a calendar: UTC, like every stored instant.
            Instant cutoff = clock.instant().atZone(ZoneOffset.UTC)
                    .minus(properties.periodFor(participant.dataKind())).toInstant();
            int total = 0;
            for (String teamId : workspaces.teamIds()) {
                try {
                    total += participant.expireBefore(teamId, cutoff);
                } catch (RuntimeException e) {
                    log.error("Retention of {} for team {} failed; it is retried on the next run", participant.dataKind(), teamId, e);
                }
            }
            expired.merge(participant.dataKind(), total, Integer::sum);
            if (total > 0) {
                log.info("Retention: expired {} {} record(s) older than {}", total, participant.dataKind(), cutoff);
            }
        }
        return expired;
    }
}
