package org.techvoice.findings;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored row of one decision of the lead on a finding. */
@Entity
@Table(name = "finding_decision")
class FindingDecisionEntry {

    enum Decision { ACCEPTED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "finding_reference", nullable = false, length = 40)
    private String findingReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 10)
    private Decision decision;

    @Column(name = "proposal_reference", length = 40)
    private String proposalReference;

    @Column(name = "action_reference", length = 20)
    private String actionReference;

    @Column(name = "reason", columnDefinition = "TEXT")
    private String reason;

    @Column(name = "entry_count", nullable = false)
    private long entryCount;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "decided_by", nullable = false, length = 32)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected FindingDecisionEntry() {
    }

    FindingDecisionEntry(String teamId, String findingReference, Decision decision, String proposalReference,
            String actionReference, String reason, long entryCount, LocalDate lastDay, String decidedBy, Instant decidedAt) {
        this.teamId = teamId;
        this.findingReference = findingReference;
        this.decision = decision;
        this.proposalReference = proposalReference;
        this.actionReference = actionReference;
        this.reason = reason;
        this.entryCount = entryCount;
        this.lastDay = lastDay;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    FindingDecisionRecord record() {
        return new FindingDecisionRecord(findingReference, decision == Decision.ACCEPTED, proposalReference, actionReference,
                reason, entryCount, lastDay, decidedBy, decidedAt);
    }

    void forgetDecider() {
        this.decidedBy = FindingDecisionRecord.FORGOTTEN;
    }
}
