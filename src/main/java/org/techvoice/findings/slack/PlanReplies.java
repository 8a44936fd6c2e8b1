package org.techvoice.findings.slack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.actionplan.ActionField;
import org.techvoice.draft.slack.DraftRefusals;
import org.techvoice.findings.DecisionResult;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.slack.SlackReplies;
import org.techvoice.themes.Theme;

import com.slack.api.model.block.LayoutBlock;

/**
 * What the review's Slack adapter shares between the command, the buttons, the forms and the Home tab: the review as
 * blocks, decisions taken one at a time per workspace (so a double click finds the first one done and is told so,
 * rather than racing it), the words for each outcome, and the note a Home tab shows after a decision made on it.
 */
@Component
class PlanReplies {

    /** Slack's 50 blocks of a message, less room for the notice. */
    static final int MESSAGE_BUDGET = SlackReplies.MESSAGE_BLOCK_LIMIT - 2;

    private final PlanReviewService reviews;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, String> homeNotices = new ConcurrentHashMap<>();

    PlanReplies(PlanReviewService reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The plan's day: proposals start from it and the review is cached under it. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<LayoutBlock> message(String teamId, Theme only, String notice) {
        return PlanBlocks.review(reviews.review(teamId, today()), only, notice, MESSAGE_BUDGET, false);
    }

    List<LayoutBlock> home(String teamId, String userId, int budget) {
        String notice = homeNotices.remove(teamId + ":" + userId);
        return PlanBlocks.review(reviews.review(teamId, today()), null, notice, budget, true);
    }

    void noteForHome(String teamId, String userId, String notice) {
        homeNotices.put(teamId + ":" + userId, notice);
    }

    /** Runs one decision of the workspace at a time. */
    <T> T oneAtATime(String teamId, Supplier<T> decision) {
        synchronized (locks.computeIfAbsent(teamId, t -> new Object())) {
            return decision.get();
        }
    }

    PlanReviewService reviews() {
        return reviews;
    }

    /**
     * The words for a decision taken from a button: what was done, or why nothing was.
     *
     * @param reference the proposal accepted or the finding dismissed, as the lead saw it
     */
    static String words(String reference, DecisionResult result) {
        if (result instanceof DecisionResult.Accepted accepted) {
            return ":white_check_mark: Accepted *" + reference + "* as *" + accepted.actionReference() + "*: it is in your action plan, "
                    + "keeping the finding it came from, so the draft shows its origin. `/tc action list` shows it.";
        }
        if (result instanceof DecisionResult.Dismissed) {
            return ":heavy_multiplication_x: Dismissed *" + reference + "*. Your reason is kept and goes in the draft's list of findings "
                    + "not acted on; the finding comes back only if technicians add to it.";
        }
        if (result instanceof DecisionResult.Refused refused) {
            return refusal(refused.refusal());
        }
        return ":warning: I couldn't add it to your plan: " + errors(((DecisionResult.Invalid) result).errors()) + " Press *Edit* to change it first.";
    }

    /** The words for a decision refused as a whole. */
    static String refusal(DecisionResult.Refusal refusal) {
        return switch (refusal) {
            case UNKNOWN -> ":grey_question: That proposal or finding is no longer in the review (what technicians said may have "
                    + "changed since this list was made). Nothing was changed; here is the review as it stands now.";
            case ALREADY_DECIDED -> ":ballot_box_with_check: That was already decided, by an earlier click or another lead. "
                    + "Nothing was changed; here is the review as it stands now.";
            case REASON_REQUIRED -> "Please say why you are dismissing it: the reason is kept for the self-assessment.";
            case REASON_TOO_LONG -> "Please keep the reason under " + PlanReviewService.REASON_LIMIT + " characters.";
        };
    }

    static String errors(Map<ActionField, FieldProblem> errors) {
        return errors.entrySet().stream().map(error -> SlackReplies.escape(DraftRefusals.text(error.getKey(), error.getValue())))
                .collect(Collectors.joining(" "));
    }
}
