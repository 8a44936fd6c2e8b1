package org.techvoice.draft.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.PlanGlance;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.slack.Counted;
import org.techvoice.slack.HomeSection;
import org.techvoice.slack.SlackReplies;

import com.slack.api.model.block.LayoutBlock;

/** The leads' App Home: the action plan at a glance (open actions by RAG, done and dropped, overdue, no update for 90 days). */
@Component
class PlanGlanceHomeSection implements HomeSection {

    /** References named per list before "and N more". */
    static final int NAMED = 8;

    private final ActionPlanService actionPlan;
    private final LeadAccess access;

    PlanGlanceHomeSection(ActionPlanService actionPlan, LeadAccess access) {
        this.actionPlan = actionPlan;
        this.access = access;
    }

    @Override
    public int order() {
        // after the self-assessment buttons (15), above the review of findings (20): where the plan stands comes before
        // what could be added to it
        return 18;
    }

    @Override
    public List<LayoutBlock> blocks(String teamId, String userId) {
        if (!access.isLead(teamId, userId)) {
            return List.of();
        }
        PlanGlance glance = actionPlan.glance(teamId);
        if (glance.actions() == 0) {
            return List.of();
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Action plan at a glance"))));
        String ragLine = java.util.Arrays.stream(Rag.values())
                .map(rag -> ActionModals.emoji(rag) + " " + glance.openByRag().getOrDefault(rag, 0L) + " " + rag.label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining("   "));
        String closed = glance.byStatus().getOrDefault(ActionStatus.DONE, 0L) + " done, "
                + glance.byStatus().getOrDefault(ActionStatus.DROPPED, 0L) + " dropped";
        blocks.add(section(s -> s.text(markdownText("*" + Counted.of(glance.actions(), "action") + "*: " + ragLine + "   ·   " + closed))));
        blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(
                listed(":alarm_clock: *Overdue*", glance.overdue()) + "\n"
                        + listed(":hourglass: *No update for " + PlanGlance.STALE_DAYS + " days*", glance.stale()),
                SlackReplies.SECTION_TEXT_LIMIT)))));
        blocks.add(context(c -> c.elements(List.of(markdownText("`/tc action list` shows each action's trajectory and an *Update* button.")))));
        return blocks;
    }

    private static String listed(String label, List<ActionItem> actions) {
        if (actions.isEmpty()) {
            return label + ": none";
        }
        String named = actions.stream().limit(NAMED).map(a -> SlackReplies.escape(a.reference())).collect(Collectors.joining(", "));
        return label + " (" + actions.size() + "): " + named + (actions.size() > NAMED ? " and " + (actions.size() - NAMED) + " more" : "");
    }
}
