package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.ProgressUpdate;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Bullets;
import org.techvoice.draft.document.DraftDocument.Layout;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.draft.submission.Submission;
import org.techvoice.draft.submission.SubmittedAction;

/**
 * Stage 2 and 3: "Reflection on the previous action plan". Per action of the recorded plan: its final status (the live
 * action of the same reference when it is still in TechVoice, else as submitted), its RAG trajectory, the evidence linked
 * to it, what was achieved (its latest notes) and whether it is carried into the new plan or closed; then the totals.
 */
final class ReflectionSection {

    static final String HEADING = "Reflection on the previous action plan";
    static final List<String> COLUMNS = List.of("Ref", "Action", "Final status", "RAG over time", "Evidence", "What was achieved",
            "Next");
    static final String CARRIED = "Carried into the new plan";
    static final String CLOSED = "Closed";

    /** One action of the previous plan as the reflection sees it. */
    record Reflected(SubmittedAction submitted, ActionStatus finalStatus, List<Rag> trajectory, List<String> evidence, String achieved,
            boolean carried) {
    }

    private ReflectionSection() {
    }

    static List<Reflected> reflect(Submission previous, List<ActionItem> live, Map<Long, List<ProgressUpdate>> histories) {
        List<Reflected> reflected = new ArrayList<>();
        for (SubmittedAction action : previous.actions()) {
            Optional<ActionItem> now = live.stream().filter(a -> a.reference().equalsIgnoreCase(action.reference())).findFirst();
            List<Rag> trajectory = new ArrayList<>(action.trajectory());
            Set<String> evidence = new LinkedHashSet<>(action.evidenceReferences());
            List<String> notes = new ArrayList<>();
            if (action.note() != null) {
                notes.add(action.note());
            }
            ActionStatus status = action.status();
            if (now.isPresent()) {
                status = now.get().status();
                evidence.addAll(now.get().evidenceReferences());
                for (ProgressUpdate update : histories.getOrDefault(now.get().id(), List.of())) {
                    if (after(update, previous)) {
                        if (trajectory.isEmpty() || trajectory.get(trajectory.size() - 1) != update.rag()) {
                            trajectory.add(update.rag());
                        }
                        if (update.note() != null && !notes.contains(update.note())) {
                            notes.add(update.note());
                        }
                    }
                }
            }
            // the latest word on it, then the one before, is what a reader needs; older notes stay in TechVoice
            List<String> latest = notes.size() <= 2 ? notes : notes.subList(notes.size() - 2, notes.size());
            reflected.add(new Reflected(action, status, trajectory, List.copyOf(evidence), String.join(" … ", latest),
                    !status.closed()));
        }
        return reflected;
    }

    /**
     * Whether an update came after what the submission holds: a plan kept by TechVoice holds every update up to the
     * moment it was recorded; a plan typed in by hand holds what was known on the day it was submitted.
     */
    private static boolean after(ProgressUpdate update, Submission previous) {
        return previous.source() == Submission.Source.DRAFT ? update.updatedAt().isAfter(previous.recordedAt())
                : update.updatedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().isAfter(previous.submittedOn());
    }

    static Section build(Optional<Submission> previous, List<ActionItem> live, Map<Long, List<ProgressUpdate>> histories,
            EvidenceLookup lookup, Citations citations) {
        List<Block> blocks = new ArrayList<>();
        if (previous.isEmpty()) {
            blocks.add(Placeholders.noEvidence("Record the previous submission with /tc submission record (or type in an earlier "
                    + "plan with /tc submission add) and this section reflects on each of its actions."));
            return new Section(HEADING, blocks);
        }
        Submission submission = previous.get();
        String source = StageSources.submission(submission, citations);
        List<Reflected> reflected = reflect(submission, live, histories);
        if (reflected.isEmpty()) {
            blocks.add(Placeholders.noEvidence("The recorded submission of " + Dates.format(submission.submittedOn())
                    + " [" + source + "] holds no actions."));
            return new Section(HEADING, blocks);
        }
        Map<ActionStatus, Long> totals = new EnumMap<>(ActionStatus.class);
        reflected.forEach(r -> totals.merge(r.finalStatus(), 1L, Long::sum));
        long carried = reflected.stream().filter(Reflected::carried).count();
        blocks.add(new Paragraph("The " + submission.planMonths() + "-month plan submitted on " + Dates.format(submission.submittedOn())
                + " [" + source + "] had " + Words.count(reflected.size(), "action") + ". Of these, "
                + totals.getOrDefault(ActionStatus.DONE, 0L) + " " + Words.was(totals.getOrDefault(ActionStatus.DONE, 0L)) + " done, "
                + totals.getOrDefault(ActionStatus.IN_PROGRESS, 0L) + " in progress, "
                + totals.getOrDefault(ActionStatus.NOT_STARTED, 0L) + " not started and "
                + totals.getOrDefault(ActionStatus.DROPPED, 0L) + " dropped; " + carried + " "
                + (carried == 1 ? "is" : "are") + " carried into the new plan [" + source + "; TechVoice action updates].", false));
        List<List<String>> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Reflected r : reflected) {
            for (String reference : r.evidence()) {
                if (!lookup.cite(reference, citations)) {
                    missing.add(r.submitted().reference() + " cites " + reference + ", which is no longer available");
                }
            }
            rows.add(List.of(r.submitted().reference(), r.submitted().description(), r.finalStatus().label(),
                    r.trajectory().isEmpty() ? "Not rated" : r.trajectory().stream().map(Rag::label).collect(Collectors.joining(" → ")),
                    r.evidence().isEmpty() ? "None" : String.join(", ", r.evidence()),
                    r.achieved().isEmpty() ? "No update recorded" : r.achieved(), r.carried() ? CARRIED : CLOSED));
        }
        blocks.add(new Table(COLUMNS, rows));
        blocks.add(new Bullets(List.of(
                "Done: " + totals.getOrDefault(ActionStatus.DONE, 0L),
                "In progress: " + totals.getOrDefault(ActionStatus.IN_PROGRESS, 0L),
                "Not started: " + totals.getOrDefault(ActionStatus.NOT_STARTED, 0L),
                "Dropped: " + totals.getOrDefault(ActionStatus.DROPPED, 0L),
                CARRIED + ": " + carried)));
        if (!missing.isEmpty()) {
            blocks.add(new Bullets(missing));
        }
        return new Section(HEADING, blocks, Layout.LANDSCAPE);
    }
}
