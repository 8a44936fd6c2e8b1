package org.techvoice.draft.slack;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.submission.SubmissionMessages;

import org.techvoice.draft.submission.PlanCsv;
import org.techvoice.draft.submission.SubmissionService.InvalidPlan;
import org.techvoice.draft.submission.SubmissionService.Outcome;
import org.techvoice.draft.submission.SubmissionService.Recorded;
import org.techvoice.draft.submission.SubmissionService.Refused;
import org.techvoice.draft.submission.SubmissionService.Refusal;
import org.techvoice.slack.Counted;

/** The words of a recorded (or refused) submission, in the DM and in the form. */
@Component
class SubmissionWords implements SubmissionMessages {

    /** The form shows this many of a typed plan's problems, then how many more. */
    static final int LISTED = 5;
    /** The typed plan's columns, as the form's hint names them. */
    static final String COLUMNS = "reference, action, themes, status, RAG, deadline, what was achieved";

    @Override
    public String recorded(Outcome outcome, LocalDate on) {
        if (outcome instanceof Refused refused) {
            return ":warning: " + refusal(refused.refusal(), on);
        }
        if (outcome instanceof InvalidPlan invalid) {
            return ":warning: " + planErrors(invalid);
        }
        Recorded recorded = (Recorded) outcome;
        return ":white_check_mark: Recorded your submission of " + on + " with " + Counted.of(recorded.actions(), "action") + " as they stood."
                + " You are now preparing *Stage " + recorded.next().stage() + "* with a " + recorded.next().planMonths()
                + "-month plan: `/tc draft` reflects on this plan and shows progress since " + on + ". `/tc profile` changes the stage.";
    }

    @Override
    public String failed(LocalDate on) {
        return ":warning: Sorry, I could not record your submission of " + on + ": something went wrong on our side. Nothing was "
                + "recorded; please try `/tc submission record " + on + "` again in a few minutes.";
    }

    String refusal(Refusal refusal, LocalDate on) {
        return switch (refusal) {
            case DATE_IN_FUTURE -> on + " is in the future: give the day the self-assessment was submitted.";
            case ALREADY_RECORDED -> "A submission of that stage on " + on + " is already recorded (`/tc submission list`).";
            case BAD_STAGE -> "Choose Stage 1, 2 or 3.";
        };
    }

    /** The first few problems of a typed plan, each with its line: "Line 3: ...". */
    String planErrors(InvalidPlan invalid) {
        List<PlanCsv.RowError> errors = invalid.errors();
        String problems = errors.stream().limit(LISTED).map(e -> (e.line() == 0 ? "" : "Line " + e.line() + ": ") + text(e))
                .collect(Collectors.joining(" "));
        return problems + (errors.size() > LISTED ? " (and " + (errors.size() - LISTED) + " more)" : "");
    }

    static String text(PlanCsv.RowError error) {
        String typed = error.typed();
        return switch (error.problem()) {
            case NOTHING_PASTED -> "Paste at least one action: " + COLUMNS + ".";
            case TOO_MANY_LINES -> "That is more than " + PlanCsv.MAX_ROWS + " lines.";
            case NOT_CSV -> "The text is not valid CSV (" + typed + "). Check for an unclosed double quote.";
            case NO_ACTIONS -> "There are column names but no actions below them.";
            case WRONG_COLUMN_COUNT -> "expected " + PlanCsv.MIN_COLUMNS + " to " + PlanCsv.MAX_COLUMNS + " columns (" + COLUMNS
                    + ") but found " + error.count() + ".";
            case NOT_A_REFERENCE -> "\"" + typed + "\" is not a reference like TC-01 or 3.2.";
            case LISTED_TWICE -> typed + " is listed twice.";
            case NO_ACTION_TEXT -> "say what the action was (up to %,d characters).".formatted(PlanCsv.MAX_TEXT);
            case NO_THEME -> "name at least one theme (Visibility, Recognition, Career Development, Sustainability, Evaluating Impact), "
                    + "separated by ;";
            case NOT_A_STATUS -> "\"" + typed + "\" is not a status: use not started, in progress, done or dropped.";
            case NOT_A_RAG -> "\"" + typed + "\" is not a RAG rating: use red, amber or green.";
            case NOT_A_DATE -> "\"" + typed + "\" is not a date like 2024-07-31.";
            case ACHIEVED_TOO_LONG -> "please keep what was achieved under %,d characters.".formatted(PlanCsv.MAX_TEXT);
        };
    }

}
