package org.techvoice.draft.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.techvoice.themes.Theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored row of one action. Themes and evidence references are short lists kept as delimited text. */
@Entity
@Table(name = "action_plan_item")
class ActionPlanEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "reference", nullable = false, length = 20)
    private String reference;

    @Column(name = "themes", nullable = false, length = 200)
    private String themes;

    @Column(name = "description", nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "action_lead", nullable = false, length = 200)
    private String lead;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "success_measure", nullable = false, columnDefinition = "TEXT")
    private String successMeasure;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag", nullable = false, length = 5)
    private Rag rag;

    @Column(name = "update_note", columnDefinition = "TEXT")
    private String updateNote;

    @Column(name = "evidence_refs", nullable = false, columnDefinition = "TEXT")
    private String evidenceRefs;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 8)
    private ActionOrigin origin;

    @Column(name = "finding_refs", nullable = false, columnDefinition = "TEXT")
    private String findingRefs;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ActionStatus status = ActionStatus.NOT_STARTED;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ActionPlanEntry() {
    }

    ActionPlanEntry(String teamId, String reference, ActionInput input, List<String> evidence, ActionOrigin origin,
            List<String> findings, String createdBy, Instant now) {
        this.teamId = teamId;
        this.reference = reference;
        this.themes = input.themes().stream().sorted().map(Theme::name).collect(Collectors.joining(","));
        this.description = input.description();
        this.lead = input.lead();
        this.startsOn = input.startsOn();
        this.deadline = input.deadline();
        this.successMeasure = input.successMeasure();
        this.rag = input.rag();
        this.updateNote = input.updateNote();
        this.evidenceRefs = String.join(" ", evidence);
        this.origin = origin;
        this.findingRefs = String.join(" ", findings);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The latest progress; the history keeps every one ({@link ActionProgressLog}). */
    void progress(Rag newRag, ActionStatus newStatus, String note, List<String> moreEvidence, Instant now) {
        this.rag = newRag;
        this.status = newStatus;
        this.updateNote = note;
        java.util.LinkedHashSet<String> refs = new java.util.LinkedHashSet<>(evidenceRefs.isBlank() ? List.of() : List.of(evidenceRefs.split(" ")));
        refs.addAll(moreEvidence);
        this.evidenceRefs = String.join(" ", refs);
        this.updatedAt = now;
    }

    String teamId() {
        return teamId;
    }

    ActionItem toItem() {
        Set<Theme> parsed = EnumSet.noneOf(Theme.class);
        Arrays.stream(themes.split(",")).filter(s -> !s.isBlank()).map(Theme::valueOf).forEach(parsed::add);
        List<String> refs = evidenceRefs.isBlank() ? List.of() : List.of(evidenceRefs.split(" "));
        List<String> findings = findingRefs == null || findingRefs.isBlank() ? List.of() : List.of(findingRefs.split(" "));
        return new ActionItem(id, reference, parsed, description, lead, startsOn, deadline, successMeasure, rag, updateNote, refs,
                origin, findings, status);
    }
}
