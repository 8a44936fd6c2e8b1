package org.techvoice.surveys.slack;

import java.util.Locale;

import org.techvoice.people.slack.RoleRefusals;
import org.techvoice.surveys.SurveyProblem;
import org.techvoice.surveys.SurveyStatus;
import org.techvoice.surveys.UnknownSurveyReference;

/** What the surveys feature refused, in words: one sentence per {@link SurveyProblem.Reason}. */
final class SurveyProblems {

    private SurveyProblems() {
    }

    static String text(SurveyProblem problem) {
        String ref = problem.reference();
        String status = problem.status() == null ? "" : problem.status().label().toLowerCase(Locale.ROOT);
        return switch (problem.reason()) {
            case LEADS_ONLY -> ":lock: " + RoleRefusals.text(problem.whoCan(), problem.action());
            case NO_REFERENCE -> "Which survey? Give its reference, e.g. `S-3`; `/tc survey list` shows them.";
            case UNKNOWN_REFERENCE -> "`" + SurveyText.shown(((UnknownSurveyReference) problem).typed())
                    + "` is not a survey reference. Use one like `S-3`; `/tc survey list` shows them.";
            case NO_SUCH_SURVEY -> "There is no survey " + ref + " in this workspace. `/tc survey list` shows the ones there are.";
            case NO_RESULTS_YET -> ref + " has not opened yet, so there are no answers to show.";
            case QUESTIONS_FIXED -> ref + " is already " + status + ", so its questions can no longer change.";
            case NOTHING_TO_CLOSE -> ref + " is " + status + ", so there is nothing to close."
                    + (problem.status() == SurveyStatus.SCHEDULED ? " To stop it opening, use `/tc survey cancel " + ref + "`." : "");
            case ALREADY_ENDED -> ref + " is already " + status + ".";
            case CANNOT_EXTEND -> ref + " is " + status + "; only open or scheduled surveys can be extended. Build a new one with `/tc survey new`.";
            case EXTENSION_NOT_LATER -> "That is not later than the current closing time; to close sooner use `/tc survey close " + ref + "`.";
            case EXTENSION_TOO_LONG -> "A survey can stay open for a year at most; choose an earlier date.";
            case EXTENSION_DAYS_OUT_OF_RANGE -> "Extend by 1 to 180 days, e.g. `/tc survey extend " + ref + " 7`.";
            case EXTENSION_UNREADABLE -> "Say how long to extend by: a number of days (`/tc survey extend " + ref
                    + " 7`) or a new closing date (`/tc survey extend " + ref + " 2026-12-04`).";
            case NOT_OPEN_YET -> ref + " has not opened yet.";
            case CANCELLED -> ref + " was cancelled, so it no longer takes answers.";
            case CLOSED -> ref + " has closed, so answers can no longer be given or changed. Thank you all the same.";
            case NOT_IN_AUDIENCE -> ref + " was sent to a particular group and you are not in it, so your answers "
                    + "would skew its figures. Ask <@" + problem.leadUserId() + "> if you think you should be.";
        };
    }
}
