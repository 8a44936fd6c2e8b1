package org.techvoice.surveys;

import org.techvoice.people.WhoCan;

/**
 * Something the person asked for cannot be done. {@link #reason()} says why as a fact, with the survey it is about
 * ({@link #reference()}, {@link #status()}, {@link #leadUserId()}) where there is one; the Slack adapter says it in
 * words. The message is for logs only.
 */
public class SurveyProblem extends RuntimeException {

    public enum Reason {
        /** Only leads and admins may do this: {@link #whoCan()} names who can, {@link #action()} says what. */
        LEADS_ONLY,
        /** No survey reference was given. */
        NO_REFERENCE,
        /** What was typed is not a survey reference at all ({@link UnknownSurveyReference}). */
        UNKNOWN_REFERENCE,
        /** No survey with that reference in this workspace. */
        NO_SUCH_SURVEY,
        /** Results were asked for before the survey opened. */
        NO_RESULTS_YET,
        /** The survey is past its draft, so its questions are fixed. */
        QUESTIONS_FIXED,
        /** Close was asked for a survey that is not open. */
        NOTHING_TO_CLOSE,
        /** Cancel was asked for a survey already closed or cancelled. */
        ALREADY_ENDED,
        /** Extend was asked for a survey that is neither open nor scheduled. */
        CANNOT_EXTEND,
        /** The new closing time is not later than the current one. */
        EXTENSION_NOT_LATER,
        /** The new closing time is more than a year after opening, or in the past. */
        EXTENSION_TOO_LONG,
        /** A number of days outside 1 to 180. */
        EXTENSION_DAYS_OUT_OF_RANGE,
        /** Neither a number of days nor a date. */
        EXTENSION_UNREADABLE,
        /** An answer to a survey that has not opened yet. */
        NOT_OPEN_YET,
        /** An answer to a cancelled survey. */
        CANCELLED,
        /** An answer to a closed survey. */
        CLOSED,
        /** An answer from someone the survey was not sent to. */
        NOT_IN_AUDIENCE
    }

    /** What only leads may do with surveys, for {@link Reason#LEADS_ONLY}. */
    public enum LeadAction { BUILD, SEE_RESULTS, LINK_WAVES, MANAGE, CLOSE, CANCEL, EXTEND }

    private final Reason reason;
    private final String reference;
    private final SurveyStatus status;
    private final String leadUserId;
    private final WhoCan whoCan;
    private final LeadAction action;

    private SurveyProblem(Reason reason, String reference, SurveyStatus status, String leadUserId, WhoCan whoCan, LeadAction action) {
        super(reason + (reference == null ? "" : " " + reference) + (status == null ? "" : " (" + status + ")"));
        this.reason = reason;
        this.reference = reference;
        this.status = status;
        this.leadUserId = leadUserId;
        this.whoCan = whoCan;
        this.action = action;
    }

    /** For {@link UnknownSurveyReference}. */
    SurveyProblem(Reason reason) {
        this(reason, null, null, null, null, null);
    }

    static SurveyProblem of(Reason reason) {
        return new SurveyProblem(reason);
    }

    static SurveyProblem about(Reason reason, Survey survey) {
        return new SurveyProblem(reason, survey.reference(), survey.status(), survey.leadUserId(), null, null);
    }

    static SurveyProblem noSuchSurvey(long id) {
        return new SurveyProblem(Reason.NO_SUCH_SURVEY, SurveyReference.of(id), null, null, null, null);
    }

    /** @param action what was refused */
    static SurveyProblem leadsOnly(WhoCan whoCan, LeadAction action) {
        return new SurveyProblem(Reason.LEADS_ONLY, null, null, null, whoCan, action);
    }

    public Reason reason() {
        return reason;
    }

    /** The survey's reference, e.g. {@code S-3}; null when the problem is about no particular survey. */
    public String reference() {
        return reference;
    }

    /** The survey's status when the problem arose; null when the problem is about no particular survey. */
    public SurveyStatus status() {
        return status;
    }

    /** The survey's lead; null when the problem is about no particular survey. */
    public String leadUserId() {
        return leadUserId;
    }

    /** For {@link Reason#LEADS_ONLY}: who can; else null. */
    public WhoCan whoCan() {
        return whoCan;
    }

    /** For {@link Reason#LEADS_ONLY}: what was refused; else null. */
    public LeadAction action() {
        return action;
    }
}
