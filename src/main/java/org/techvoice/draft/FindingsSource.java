package org.techvoice.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.techvoice.draft.document.ActivityEvidence;

import org.techvoice.draft.actionplan.ActionOrigin;

/**
 * What the draft and the action plan read of the findings: what technicians told us grouped by concern, the survey
 * figures that stand out, the Appendix A gaps, the actions proposed for them and the lead's decisions. Implemented by
 * the findings feature, so the draft depends on it no more than on the evidence features.
 */
public interface FindingsSource {

    /**
     * The findings from evidence dated on or after {@code since}, with proposals inside a plan starting on {@code asOf}
     * and the lead's decisions. Reads the evidence once; bounded in memory whatever its size.
     */
    PlanFindings findings(String teamId, LocalDate since, LocalDate asOf);

    /**
     * The same findings made from the caller's own read of the evidence, so a draft reads its entries and surveys once
     * for itself and the findings: give the collector every entry dated on or after {@code since}, then
     * {@link Collector#finish} it with the period's surveys.
     */
    Collector collect(String teamId, LocalDate since, LocalDate asOf);

    /**
     * As {@link #collect(String, LocalDate, LocalDate)}, with the caller's own Appendix A evidence of the same entries,
     * sample size and seed (the draft's gap analysis): the findings' gaps are then read from it rather than from a copy
     * that would run every activity rule over the same 10,000 texts again. The caller gives it the entries.
     */
    Collector collect(String teamId, LocalDate since, LocalDate asOf, ActivityEvidence appendixA);

    /** Takes the period's entries as they stream past; bounded in memory whatever their number. */
    interface Collector extends Consumer<EvidenceEntry> {

        PlanFindings finish(List<SurveyEvidence> surveys);
    }

    /**
     * What a finding reference such as {@code F-CAR-3}, {@code F-S-2/Q4} or {@code F-GAP-SUS-3} names, without reading
     * the evidence (it is asked while a form waits): empty when it cannot name a finding of this workspace.
     */
    Optional<ActionOrigin> originOf(String teamId, String findingReference);
}
