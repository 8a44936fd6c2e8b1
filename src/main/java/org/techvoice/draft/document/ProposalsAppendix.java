package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.techvoice.draft.Finding;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.ProposedAction;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.SubHeading;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.themes.Theme;

/**
 * Appendix C: the actions TechVoice proposes for the findings the lead has not reviewed yet, clearly apart from the
 * plan. They become part of the plan only when the lead accepts them in Slack.
 */
final class ProposalsAppendix {

    static final String HEADING = "Appendix C: Proposed actions awaiting the lead's review";
    static final String MARK = "Proposals, not commitments.";
    static final List<String> COLUMNS = List.of("Proposal", "Proposed action and steps", "Suggested owner and timescale",
            "Success measure", "Why, and what it rests on");

    private ProposalsAppendix() {
    }

    /** The proposals for findings still open. */
    static List<ProposedAction> awaiting(PlanFindings findings) {
        if (findings == null) {
            return List.of();
        }
        Set<String> open = findings.findings().stream().filter(f -> f.status() == Finding.Status.OPEN).map(Finding::reference)
                .collect(Collectors.toSet());
        return findings.proposals().stream().filter(p -> open.contains(p.findingReference())).toList();
    }

    static Section build(PlanFindings findings, FindingWords words) {
        List<ProposedAction> proposals = awaiting(findings);
        List<Block> blocks = new ArrayList<>();
        if (proposals.isEmpty()) {
            blocks.add(new Paragraph(findings == null || findings.findings().isEmpty()
                    ? "No proposals yet: TechVoice proposes actions once technicians' voice entries, survey comments or survey results "
                            + "show findings."
                    : "No proposals await review: the lead has accepted, edited or dismissed every proposed action.", true));
            return new Section(HEADING, blocks);
        }
        blocks.add(new Paragraph(MARK + " TechVoice drafted " + (proposals.size() == 1 ? "this action" : "these " + proposals.size() + " actions") + " from the findings in the section on "
                + "the technician voice and from its library of actions used in published plans. The institutional lead has not yet "
                + "accepted, edited or dismissed them, so none is part of the action plan above. The lead reviews them in Slack with "
                + "/tc plan.", false));
        Map<String, Finding> byReference = findings.findings().stream()
                .collect(Collectors.toMap(Finding::reference, Function.identity(), (a, b) -> a));
        for (Theme theme : Theme.values()) {
            List<List<String>> rows = new ArrayList<>();
            for (ProposedAction proposal : proposals) {
                if (!proposal.themes().isEmpty() && proposal.themes().get(0) == theme) {
                    rows.add(row(proposal, byReference.get(proposal.findingReference()), words));
                }
            }
            if (!rows.isEmpty()) {
                blocks.add(new SubHeading(theme.displayName() + " (proposals)"));
                blocks.add(new Table(COLUMNS, rows));
            }
        }
        List<List<String>> untitled = proposals.stream().filter(p -> p.themes().isEmpty())
                .map(p -> row(p, byReference.get(p.findingReference()), words)).toList();
        if (!untitled.isEmpty()) {
            blocks.add(new SubHeading("Other proposals"));
            blocks.add(new Table(COLUMNS, untitled));
        }
        return new Section(HEADING, blocks);
    }

    private static List<String> row(ProposedAction proposal, Finding finding, FindingWords words) {
        String steps = proposal.steps().isEmpty() ? "" : " Steps: " + numbered(proposal.steps());
        String answers = finding == null ? proposal.findingReference() : FindingWords.title(finding);
        String restsOn = finding == null ? "" : " Rests on: " + words.restsOn(finding) + ".";
        String evidence = proposal.evidenceReferences().isEmpty() ? ""
                : " Evidence: " + words.references(proposal.evidenceReferences(), proposal.evidenceReferences().size()) + ".";
        return List.of(proposal.reference() + " (proposal), for " + answers, sentence(proposal.action()) + steps,
                proposal.owner() + "; " + Dates.format(proposal.startsOn()) + " to " + Dates.format(proposal.deadline()),
                proposal.successMeasure(), sentence(proposal.why()) + restsOn + evidence);
    }

    private static String numbered(List<String> steps) {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            numbered.add((i + 1) + ") " + steps.get(i));
        }
        return sentence(String.join("; ", numbered));
    }

    private static String sentence(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() || stripped.matches("(?s).*[.!?]$") ? stripped : stripped + ".";
    }
}
