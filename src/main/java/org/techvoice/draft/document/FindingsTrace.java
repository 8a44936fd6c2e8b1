package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.techvoice.draft.Finding;
import org.techvoice.draft.Finding.Status;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;

/**
 * The thread from what technicians said to what the plan does, for the technician-voice section: each finding that
 * led to an action (accepted by the lead, linked by the lead, or already answered by the plan), and the findings
 * the lead dismissed, with the reason the lead gave.
 */
final class FindingsTrace {

    static final String HEADING = "From what technicians said to the action plan";
    static final String NOT_ACTED_ON = "Findings not acted on, and why";
    static final List<String> TRACE_COLUMNS = List.of("Finding", "What it rests on", "Actions", "How");
    static final List<String> DISMISSED_COLUMNS = List.of("Finding", "What it rests on", "The lead's reason");

    private FindingsTrace() {
    }

    /** @param findings null when no feature provides findings */
    static List<Block> build(PlanFindings findings, List<ActionItem> actions, FindingWords words) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new SubHeading(HEADING));
        if (findings == null || findings.findings().isEmpty()) {
            blocks.add(Placeholders.noEvidence("Voice entries, survey comments and survey results would be grouped here into findings, "
                    + "each with the actions that answer it."));
            return blocks;
        }
        List<Finding> all = findings.findings();
        List<Finding> actedOn = all.stream().filter(f -> f.status() == Status.ACCEPTED || f.status() == Status.COVERED).toList();
        List<Finding> dismissed = all.stream().filter(f -> f.status() == Status.DISMISSED).toList();
        long open = all.stream().filter(f -> f.status() == Status.OPEN).count();
        blocks.add(new Paragraph("TechVoice grouped what technicians said " + period(findings) + " into "
                + Words.count(all.size(), "finding") + ": concerns and ideas from voice entries and survey comments, survey figures that stand out, and "
                + "Appendix A activities without evidence. " + actedOn.size() + " led to actions (table below), " + dismissed.size()
                + " " + Words.was(dismissed.size()) + " dismissed by the lead with a reason (listed after it), and " + open
                + " await the lead's review, with the actions proposed for them in Appendix C."
                + (findings.ungrouped() > 0 ? " " + Words.count(findings.ungrouped(), "remark") + " fitted no finding: each was said once and in its own "
                        + "words, so none is presented as a shared concern." : ""), false));
        Map<String, ActionItem> byReference = actions.stream().collect(Collectors.toMap(ActionItem::reference, Function.identity(), (a, b) -> a));
        if (actedOn.isEmpty()) {
            blocks.add(new Paragraph("No finding has led to an action yet: the lead accepts proposals, or links an action to the findings "
                    + "it answers, with /tc plan and /tc action add.", true));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Finding finding : actedOn) {
                rows.add(List.of(FindingWords.title(finding), words.restsOn(finding), actions(finding, byReference), how(finding)));
            }
            blocks.add(new Table(TRACE_COLUMNS, rows));
        }
        blocks.add(new SubHeading(NOT_ACTED_ON));
        if (dismissed.isEmpty()) {
            blocks.add(new Paragraph("The lead has dismissed no findings.", false));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Finding finding : dismissed) {
                rows.add(List.of(FindingWords.title(finding), words.restsOn(finding),
                        finding.dismissalReason() == null ? "" : finding.dismissalReason()));
            }
            blocks.add(new Table(DISMISSED_COLUMNS, rows));
        }
        return blocks;
    }

    private static String period(PlanFindings findings) {
        return findings.since() == null || findings.since().getYear() < 2000 ? "up to " + Dates.format(findings.asOf())
                : "from " + Dates.format(findings.since()) + " to " + Dates.format(findings.asOf());
    }

    private static String actions(Finding finding, Map<String, ActionItem> byReference) {
        return finding.actionReferences().stream().map(reference -> {
            ActionItem action = byReference.get(reference);
            return action == null ? reference : reference + ": " + Citations.shorten(action.description());
        }).collect(Collectors.joining("; "));
    }

    private static String how(Finding finding) {
        return finding.status() == Status.COVERED ? "Already answered by the plan" : "Accepted or linked by the lead";
    }
}
