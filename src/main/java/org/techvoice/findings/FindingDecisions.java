package org.techvoice.findings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.findings.FindingDecisionEntry.Decision;

/** The lead's decisions on findings, kept for the draft's "not acted on" list and so dismissals stay dismissed. */
@Component
class FindingDecisions {

    private final FindingDecisionRepository decisions;
    private final Clock clock;

    FindingDecisions(FindingDecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The latest decision per finding. */
    @Transactional(readOnly = true)
    Map<String, FindingDecisionRecord> latest(String teamId) {
        Map<String, FindingDecisionRecord> latest = new LinkedHashMap<>();
        for (FindingDecisionEntry entry : decisions.findByTeamIdOrderByDecidedAtAscIdAsc(teamId)) {
            FindingDecisionRecord record = entry.record();
            latest.put(record.findingReference(), record);
        }
        return latest;
    }

    @Transactional
    void accepted(String teamId, String userId, String finding, String proposal, String action, long entries, LocalDate lastDay) {
        decisions.save(new FindingDecisionEntry(teamId, finding, Decision.ACCEPTED, proposal, action, null, entries, lastDay, userId,
                clock.instant()));
    }

    @Transactional
    void dismissed(String teamId, String userId, String finding, String reason, long entries, LocalDate lastDay) {
        decisions.save(new FindingDecisionEntry(teamId, finding, Decision.DISMISSED, null, null, reason, entries, lastDay, userId,
                clock.instant()));
    }

    @Transactional(readOnly = true)
    List<FindingDecisionRecord> madeBy(String teamId, String userId) {
        return decisions.findByTeamIdAndDecidedByOrderByDecidedAtAscIdAsc(teamId, userId).stream().map(FindingDecisionEntry::record).toList();
    }

    @Transactional
    int forget(String teamId, String userId) {
        return decisions.forgetDecider(teamId, userId, FindingDecisionRecord.FORGOTTEN);
    }

    @Transactional
    int removeWorkspace(String teamId) {
        return decisions.deleteByTeamId(teamId);
    }
}
