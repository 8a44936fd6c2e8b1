package org.techvoice.draft.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.draft.document.DraftDocument.Block;
import org.techvoice.draft.document.DraftDocument.Bullets;
import org.techvoice.draft.document.DraftDocument.Layout;
import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.Table;
import org.techvoice.themes.Theme;

/**
 * The action plan table (24 months at Stage 1, 36 at Stages 2 and 3, or the lead's own length), in the numbered style of published plans, with RAG status, evidence and each action's
 * origin: technician voice, a survey figure, an Appendix A gap, or the lead.
 */
final class ActionPlanSection {

    /** The Stage 1 heading, as TechVoice always drafted it. */
    static final String HEADING = heading(24);
    static final List<String> COLUMNS = List.of("Ref", "Theme", "Action", "Lead", "Timescale", "Success measure", "RAG", "Evidence", "Origin");

    private ActionPlanSection() {
    }

    static String heading(int months) {
        return months + "-month action plan";
    }

    static Section build(List<ActionItem> actions, LocalDate today, EvidenceLookup lookup, Citations citations) {
        return build(actions, today, 24, lookup, citations);
    }

    static Section build(List<ActionItem> actions, LocalDate today, int months, EvidenceLookup lookup, Citations citations) {
        String heading = heading(months);
        List<Block> blocks = new ArrayList<>();
        if (actions.isEmpty()) {
            blocks.add(Placeholders.noEvidence("Actions the lead adds with /tc action add (reference, theme, action, lead, "
                    + "start and deadline, success measure and RAG status) would fill this table."));
            return new Section(heading, blocks);
        }
        LocalDate horizon = today.plusMonths(months);
        long within = actions.stream().filter(a -> !a.deadline().isAfter(horizon)).count();
        long withEvidence = actions.stream().filter(a -> !a.evidenceReferences().isEmpty()).count();
        blocks.add(new Paragraph(opening(actions, today, months, within, withEvidence) + " By origin (the table's last column): "
                + byOrigin(actions) + ".", false));
        List<List<String>> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ActionItem action : actions) {
            for (String reference : action.evidenceReferences()) {
                if (!lookup.cite(reference, citations)) {
                    missing.add(action.reference() + " cites " + reference + ", which is no longer available (withdrawn, deleted "
                            + "or outside the period of this draft)");
                }
            }
            rows.add(List.of(action.reference(), themes(action), action.description(), action.lead(),
                    Dates.format(action.startsOn()) + " to " + Dates.format(action.deadline()), action.successMeasure(),
                    action.rag().label(), evidence(action), Origins.of(action)));
        }
        blocks.add(new Table(COLUMNS, rows));
        List<String> notes = actions.stream().filter(a -> a.updateNote() != null)
                .map(a -> a.reference() + " (" + a.rag().label() + "): " + a.updateNote()).toList();
        if (!notes.isEmpty()) {
            blocks.add(new Paragraph("Latest status updates:", false));
            blocks.add(new Bullets(notes));
        }
        if (!missing.isEmpty()) {
            blocks.add(new Bullets(missing));
        }
        // eight columns need the width of a landscape page to keep every word whole
        return new Section(heading, blocks, Layout.LANDSCAPE);
    }

    /** A scaffold the lead can keep or rewrite, from the plan's own figures. */
    private static String opening(List<ActionItem> actions, LocalDate today, int months, long within, long withEvidence) {
        Map<Rag, Long> byStatus = actions.stream().collect(Collectors.groupingBy(ActionItem::rag, () -> new EnumMap<>(Rag.class),
                Collectors.counting()));
        String statuses = byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
        return "The plan has " + Words.count(actions.size(), "action") + " (" + statuses + "); " + within + " of them "
                + (within == 1 ? "is" : "are") + " due within " + months + " months of " + Dates.format(today) + " and " + withEvidence + " "
                + (withEvidence == 1 ? "is" : "are") + " linked to evidence gathered from technicians.";
    }

    private static String byOrigin(List<ActionItem> actions) {
        return java.util.Arrays.stream(ActionOrigin.values())
                .map(origin -> Map.entry(origin, actions.stream().filter(a -> a.origin() == origin).count()))
                .filter(counted -> counted.getValue() > 0)
                .map(counted -> counted.getValue() + " " + Origins.counted(counted.getKey()))
                .collect(Collectors.joining(", "));
    }

    private static String themes(ActionItem action) {
        return action.themes().stream().sorted().map(Theme::displayName).collect(Collectors.joining(", "));
    }

    private static String evidence(ActionItem action) {
        int count = action.evidenceReferences().size();
        return count == 0 ? "None" : count + " (" + String.join(", ", action.evidenceReferences()) + ")";
    }
}
