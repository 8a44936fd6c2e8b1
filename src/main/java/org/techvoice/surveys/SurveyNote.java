package org.techvoice.surveys;

import java.time.Instant;

/** What a survey's lead is told by DM about their survey, as facts; the Slack adapter words it ({@link SurveyMessages}). */
public sealed interface SurveyNote {

    String reference();

    String title();

    /** The builder finished: the survey waits for its opening time. */
    record Scheduled(String reference, String title, Instant opensAt, Instant closesAt) implements SurveyNote {
    }

    /** At its opening time the audience had nobody in it, so the survey was cancelled. */
    record EmptyAudience(String reference, String title) implements SurveyNote {
    }

    /** At its opening time the audience could not be read ({@code why}, from the directory), so the survey was cancelled. */
    record CouldNotOpen(String reference, String title, String why) implements SurveyNote {
    }
}
