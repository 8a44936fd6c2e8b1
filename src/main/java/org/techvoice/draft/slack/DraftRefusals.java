package org.techvoice.draft.slack;

import org.springframework.modulith.NamedInterface;
import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.actionplan.ActionField;
import org.techvoice.draft.profile.CommitmentStage;
import org.techvoice.draft.profile.ProfileField;

/**
 * The words of what is wrong with a field of the lead's forms: an action of the plan (also when accepted from the
 * review, in {@code findings.slack}) and the organisation profile. One sentence per field and {@link FieldProblem.Reason}.
 */
@NamedInterface("draft-refusals")
public final class DraftRefusals {

    private DraftRefusals() {
    }

    public static String text(ActionField field, FieldProblem problem) {
        return switch (problem.reason()) {
            case MISSING -> switch (field) {
                case THEMES -> "Choose at least one theme.";
                case DESCRIPTION -> "Say what will be done.";
                case LEAD -> "Name who leads it: a person or a role.";
                case SUCCESS_MEASURE -> "Say how you will know it worked, e.g. \"20 technicians registered by 2027\".";
                case STARTS_ON -> "Pick a start date.";
                case DEADLINE -> "Pick a deadline.";
                case RAG -> "Choose red, amber or green.";
                case REFERENCE -> notAReference();
                case UPDATE_NOTE, EVIDENCE, FINDINGS -> "Please fill this in.";
            };
            case TOO_LONG -> field == ActionField.UPDATE_NOTE ? "Please keep the note under " + problem.limit() + " characters."
                    : tooLong(problem);
            case TOO_MANY -> field == ActionField.FINDINGS ? "Please link at most " + problem.limit() + " findings."
                    : "Please link at most " + problem.limit() + " pieces of evidence.";
            case NOT_A_REFERENCE -> notAReference();
            case REFERENCE_TAKEN -> problem.values().get(0) + " is already in your action plan; choose another reference.";
            case UNKNOWN_REFERENCES -> "I can't find " + String.join(", ", problem.values()) + (field == ActionField.FINDINGS
                    ? " among your findings. Use the references /tc plan shows, like F-CAR-3, F-S-2/Q4 or F-GAP-SUS-3."
                    : " in this workspace. Use references like V-12 (voice), C-40 (contribution), A-7 (achievement) or S-3/Q2 (survey question).");
            case DEADLINE_BEFORE_START -> "The deadline (" + problem.values().get(0) + ") is before the start (" + problem.values().get(1) + ").";
            case NO_LONGER_IN_PLAN -> "This action is no longer in your action plan.";
            default -> common(problem);
        };
    }

    public static String text(ProfileField field, FieldProblem problem) {
        return switch (problem.reason()) {
            case TOO_MANY_WORDS -> "The form allows up to " + problem.limit() + " words; this profile has " + problem.given()
                    + ". Please shorten it by " + (problem.given() - problem.limit()) + ".";
            case TOO_LONG -> tooLong(problem);
            case NOT_A_WEB_ADDRESS -> "Please give the full address of the public page, starting with https:// (http:// addresses are not "
                    + "accepted), e.g. https://www.example.ac.uk/technician-commitment";
            case NOT_AN_EMAIL -> "That does not look like an e-mail address, e.g. tc-lead@example.ac.uk";
            case NOT_A_PHONE -> "Please use digits, spaces, + ( ) or -, e.g. +44 1225 123456";
            case NOT_A_STAGE -> "Choose Stage 1, 2 or 3.";
            case IN_FUTURE -> "The last submission's date (" + problem.values().get(0) + ") is in the future; give the day it was submitted.";
            case NOT_A_PLAN_LENGTH -> "Give the plan's length as a number of months from " + CommitmentStage.MIN_MONTHS + " to "
                    + CommitmentStage.MAX_MONTHS + ", e.g. 36, or leave it blank for the stage's usual length.";
            default -> common(problem);
        };
    }

    private static String notAReference() {
        return "Use a short reference of letters, a dash and a number, e.g. TC-01.";
    }

    private static String tooLong(FieldProblem problem) {
        return "Please keep this under " + problem.limit() + " characters" + (problem.given() > 0 ? " (it has " + problem.given() + ")." : ".");
    }

    /** A reason the form at hand does not give: said plainly rather than not at all. */
    private static String common(FieldProblem problem) {
        return switch (problem.reason()) {
            case TOO_LONG -> tooLong(problem);
            case TOO_MANY -> "Please link at most " + problem.limit() + ".";
            default -> "Please check this answer.";
        };
    }
}
