package org.techvoice.surveys.slack;

import java.util.Locale;

import org.techvoice.people.slack.RoleRefusals;
import org.techvoice.surveys.AnswerOutcome;
import org.techvoice.surveys.FieldErrors;
import org.techvoice.surveys.QuestionSpec;
import org.techvoice.surveys.SurveyAnswering;
import org.techvoice.surveys.SurveyField;
import org.techvoice.surveys.SurveyProblem;
import org.techvoice.surveys.SurveyStatus;
import org.techvoice.surveys.UnknownSurveyReference;

/**
 * What the surveys feature refused, in words: one sentence per {@link SurveyProblem.Reason}, and per builder field and
 * {@link FieldErrors.Reason} for the form's errors.
 */
final class SurveyProblems {

    private SurveyProblems() {
    }

    static String text(SurveyProblem problem) {
        String ref = problem.reference();
        String status = problem.status() == null ? "" : problem.status().label().toLowerCase(Locale.ROOT);
        return switch (problem.reason()) {
            case LEADS_ONLY -> ":lock: " + RoleRefusals.text(problem.whoCan(), doing(problem.action()));
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
                    + " 7`) or a new closing date as year-month-day (`/tc survey extend " + ref + " YYYY-MM-DD`).";
            case NOT_OPEN_YET -> ref + " has not opened yet.";
            case CANCELLED -> ref + " was cancelled, so it no longer takes answers.";
            case CLOSED -> ref + " has closed, so answers can no longer be given or changed. Thank you all the same.";
            case NOT_IN_AUDIENCE -> ref + " was sent to a particular group and you are not in it, so your answers "
                    + "would skew its figures. Ask <@" + problem.leadUserId() + "> if you think you should be.";
        };
    }

    /** The words shown beside a builder field (plain text: Slack shows form errors as typed). */
    static String text(SurveyField field, FieldErrors.Problem problem) {
        int limit = problem.limit();
        return switch (problem.reason()) {
            case MISSING -> missing(field);
            case TOO_LONG -> "Keep " + (field == SurveyField.CHOICES ? "each option" : "the " + noun(field)) + " to " + limit + " characters.";
            case CLOSES_TOO_SOON -> "The closing time must be at least an hour after the survey opens (and in the future).";
            case OPEN_TOO_LONG -> "A survey can stay open for a year at most.";
            case OPENS_TOO_LATE -> "Open the survey within the next year.";
            case NO_SUCH_USER_GROUP -> "No user group called " + problem.typed()
                    + " in this workspace. Check the handle in Slack's People > User groups.";
            case DIRECTORY_UNAVAILABLE -> "Slack didn't answer about user groups just now; please try again in a minute.";
            case TOO_MANY_QUESTIONS -> "A survey can have " + limit + " questions at most; shorter surveys get more answers.";
            case CHOICE_COUNT -> "Give between " + QuestionSpec.MIN_CHOICES + " and " + limit + " options, one per line.";
            case CHOICES_REPEATED -> "Each option must be different.";
            case NO_QUESTIONS -> "Add at least one question first.";
        };
    }

    private static String missing(SurveyField field) {
        return switch (field) {
            case TITLE -> "Give the survey a title people will recognise in their DMs.";
            case AUDIENCE -> "Choose who the survey goes to.";
            case CHANNEL -> "Pick the channel whose members should be asked.";
            case USER_GROUP -> "Type the user group's handle, e.g. @lab-technicians.";
            case CLOSES -> "Choose when the survey closes.";
            case QUESTION_TEXT -> "Write the question.";
            case QUESTION_TYPE -> "Choose the kind of question.";
            case QUESTION_THEME -> "Tag the question with a Technician Commitment theme.";
            case CHOICES -> "Give between " + QuestionSpec.MIN_CHOICES + " and " + QuestionSpec.MAX_CHOICES + " options, one per line.";
            case QUESTIONS -> "Add at least one question first.";
            case INTRODUCTION, OPENS -> "Please fill this in.";
        };
    }

    private static String noun(SurveyField field) {
        return switch (field) {
            case TITLE -> "title";
            case INTRODUCTION -> "introduction";
            case QUESTION_TEXT -> "question";
            default -> field.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** The words shown beside a question of the answer form. */
    static String text(AnswerOutcome.AnswerProblem problem) {
        return switch (problem) {
            case CHOOSE_ONE -> "Please choose one answer.";
            case TICK_AT_LEAST_ONE -> "Please tick at least one option.";
            case ONE_ANSWER -> "Please give one answer.";
            case TOO_LONG -> "Please keep this to " + SurveyAnswering.MAX_FREE_TEXT + " characters.";
        };
    }

    /** What a lead may do, completing "Only ... can ___". */
    static String doing(SurveyProblem.LeadAction action) {
        return switch (action) {
            case BUILD -> "build surveys";
            case SEE_RESULTS -> "see survey results";
            case LINK_WAVES -> "link survey waves";
            case MANAGE -> "manage surveys";
            case CLOSE -> "close surveys";
            case CANCEL -> "cancel surveys";
            case EXTEND -> "extend surveys";
        };
    }
}
