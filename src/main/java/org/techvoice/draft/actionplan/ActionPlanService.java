package org.techvoice.draft.actionplan;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.FieldProblem.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.draft.FindingsSource;

/** The workspace's 24-month action plan: numbered actions with their RAG status and evidence. */
@Service
public class ActionPlanService {

    /** TC-2 before TC-10, as a reader expects. */
    static final Comparator<ActionItem> BY_REFERENCE = Comparator
            .comparing((ActionItem item) -> prefix(item.reference()))
            .thenComparingInt(item -> number(item.reference()))
            .thenComparing(ActionItem::reference);

    private static final Pattern NUMBER = Pattern.compile("(\\d+)$");

    /** Accepted proposals are numbered on from the plan's own actions: TC-01, TC-02… */
    static final String PROPOSAL_PREFIX = "TC";

    private final ActionPlanRepository actions;
    private final ActionProgressLog progress;
    private final EvidenceReferences evidence;
    private final ObjectProvider<FindingsSource> findings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPlanService(ActionPlanRepository actions, ActionProgressLog progress, EvidenceReferences evidence, ObjectProvider<FindingsSource> findings,
            ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.progress = progress;
        this.evidence = evidence;
        this.findings = findings;
        this.events = events;
        this.clock = clock;
    }

    /** @return what is wrong, by field; empty when the action was added */
    @Transactional
    public Map<ActionField, FieldProblem> add(String teamId, String userId, ActionInput input) {
        Map<ActionField, FieldProblem> errors = new EnumMap<>(ActionRules.check(input));
        String reference = ActionRules.normalisedReference(input.reference());
        if (!errors.containsKey(ActionField.REFERENCE) && actions.existsByTeamIdAndReference(teamId, reference)) {
            errors.put(ActionField.REFERENCE, FieldProblem.of(Reason.REFERENCE_TAKEN, reference));
        }
        List<String> refs = input.evidenceReferences();
        if (!errors.containsKey(ActionField.EVIDENCE)) {
            List<String> unknown = evidence.unknown(teamId, refs);
            if (!unknown.isEmpty()) {
                errors.put(ActionField.EVIDENCE, FieldProblem.unknown(unknown));
            }
        }
        List<String> findingRefs = input.findingReferences();
        ActionOrigin origin = ActionOrigin.LEAD;
        if (!errors.containsKey(ActionField.FINDINGS) && !findingRefs.isEmpty()) {
            List<String> unknown = new java.util.ArrayList<>();
            for (String finding : findingRefs) {
                Optional<ActionOrigin> named = originOf(teamId, finding);
                if (named.isEmpty()) {
                    unknown.add(finding);
                } else if (origin == ActionOrigin.LEAD) {
                    // the first finding named says where the action comes from
                    origin = named.get();
                }
            }
            if (!unknown.isEmpty()) {
                errors.put(ActionField.FINDINGS, FieldProblem.unknown(unknown));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            ActionPlanEntry saved = actions.saveAndFlush(
                    new ActionPlanEntry(teamId, reference, input, refs, origin, findingRefs, userId, clock.instant()));
            ActionItem item = saved.toItem();
            // the history starts with the action as it entered the plan
            progress.append(teamId, new ProgressUpdate(item.id(), item.rag(), item.status(), item.updateNote(), List.of(), userId,
                    clock.instant()));
            events.publishEvent(new ActionPlanChanged(teamId, item.id(), reference, ActionPlanChanged.Change.ADDED, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // someone added the same reference between the check and the insert
            return Map.of(ActionField.REFERENCE, FieldProblem.of(Reason.REFERENCE_TAKEN, reference));
        }
        return Map.of();
    }

    /** The next free reference for an action made from a proposal, e.g. {@code TC-08} after {@code TC-07}. */
    @Transactional(readOnly = true)
    public String nextReference(String teamId) {
        int highest = actions.findByTeamIdOrderByReference(teamId).stream()
                .map(ActionPlanEntry::toItem)
                .filter(item -> prefix(item.reference()).equals(PROPOSAL_PREFIX))
                .mapToInt(item -> number(item.reference()))
                .max().orElse(0);
        return String.format(java.util.Locale.ROOT, "%s-%02d", PROPOSAL_PREFIX, highest + 1);
    }

    private Optional<ActionOrigin> originOf(String teamId, String finding) {
        return findings.orderedStream().map(source -> source.originOf(teamId, finding)).flatMap(Optional::stream).findFirst();
    }

    @Transactional(readOnly = true)
    public List<ActionItem> list(String teamId) {
        return actions.findByTeamIdOrderByReference(teamId).stream().map(ActionPlanEntry::toItem).sorted(BY_REFERENCE).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ActionItem> find(String teamId, long id) {
        return actions.findByTeamIdAndId(teamId, id).map(ActionPlanEntry::toItem);
    }

    /**
     * Updates the RAG rating and note, keeping the status, by someone not known (kept for callers without a user).
     *
     * @return what is wrong, by field; empty when the status was updated
     */
    @Transactional
    public Map<ActionField, FieldProblem> updateStatus(String teamId, long id, Rag rag, String note) {
        return update(teamId, null, id, new ProgressInput(rag, null, note, null));
    }

    /**
     * Records a progress update: the action shows it as its latest state and its history keeps it beside every
     * earlier one. Publishes {@link ActionPlanChanged} ({@code PROGRESSED}) in the same transaction.
     *
     * @param userId who updated it, or null when not known
     * @return what is wrong, by field; empty when the update was recorded
     */
    @Transactional
    public Map<ActionField, FieldProblem> update(String teamId, String userId, long id, ProgressInput input) {
        if (input.rag() == null) {
            return Map.of(ActionField.RAG, FieldProblem.of(Reason.MISSING));
        }
        String cleanNote = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (cleanNote != null && cleanNote.length() > ActionRules.LONG_TEXT_LIMIT) {
            return Map.of(ActionField.UPDATE_NOTE, FieldProblem.over(Reason.TOO_LONG, ActionRules.LONG_TEXT_LIMIT, 0));
        }
        List<String> refs = input.evidenceReferences();
        if (refs.size() > ActionRules.MAX_EVIDENCE) {
            return Map.of(ActionField.EVIDENCE, FieldProblem.over(Reason.TOO_MANY, ActionRules.MAX_EVIDENCE, refs.size()));
        }
        List<String> unknown = evidence.unknown(teamId, refs);
        if (!unknown.isEmpty()) {
            return Map.of(ActionField.EVIDENCE, FieldProblem.unknown(unknown));
        }
        Optional<ActionPlanEntry> entry = actions.findByTeamIdAndId(teamId, id);
        if (entry.isEmpty()) {
            return Map.of(ActionField.RAG, FieldProblem.of(Reason.NO_LONGER_IN_PLAN));
        }
        ActionStatus status = input.status() != null ? input.status() : entry.get().toItem().status();
        java.time.Instant now = clock.instant();
        entry.get().progress(input.rag(), status, cleanNote, refs, now);
        progress.append(teamId, new ProgressUpdate(id, input.rag(), status, cleanNote, refs, userId, now));
        events.publishEvent(new ActionPlanChanged(teamId, id, entry.get().toItem().reference(), ActionPlanChanged.Change.PROGRESSED, now));
        return Map.of();
    }

    /** Every update of one action, oldest first; empty when the action is not in this workspace's plan. */
    @Transactional(readOnly = true)
    public List<ProgressUpdate> history(String teamId, long id) {
        return progress.of(teamId, id);
    }

    /** Counts by RAG and status, and the open actions overdue or without an update for {@link PlanGlance#STALE_DAYS} days. */
    @Transactional(readOnly = true)
    public PlanGlance glance(String teamId) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.Instant staleBefore = clock.instant().minus(java.time.Duration.ofDays(PlanGlance.STALE_DAYS));
        List<ActionItem> all = list(teamId);
        Map<Long, List<ProgressUpdate>> histories = progress.all(teamId);
        Map<Rag, Long> byRag = new EnumMap<>(Rag.class);
        Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
        List<ActionItem> overdue = new java.util.ArrayList<>();
        List<ActionItem> stale = new java.util.ArrayList<>();
        for (ActionItem action : all) {
            byStatus.merge(action.status(), 1L, Long::sum);
            if (action.status().closed()) {
                continue;
            }
            byRag.merge(action.rag(), 1L, Long::sum);
            if (action.deadline().isBefore(today)) {
                overdue.add(action);
            }
            java.time.Instant last = Trajectory.of(histories.getOrDefault(action.id(), List.of())).lastUpdate();
            if (last == null || last.isBefore(staleBefore)) {
                stale.add(action);
            }
        }
        return new PlanGlance(all.size(), byRag, byStatus, overdue, stale);
    }

    /** Every action's updates, oldest first, by action id. */
    @Transactional(readOnly = true)
    public Map<Long, List<ProgressUpdate>> histories(String teamId) {
        return progress.all(teamId);
    }

    private static String prefix(String reference) {
        int dash = reference.indexOf('-');
        return dash < 0 ? reference : reference.substring(0, dash);
    }

    private static int number(String reference) {
        Matcher m = NUMBER.matcher(reference);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
