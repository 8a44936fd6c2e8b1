package org.techvoice.draft.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A self-assessment submitted to the Technician Commitment, as it stood.
 *
 * @param figures null for a submission typed in by hand (only its plan is known)
 */
public record Submission(long id, int stage, LocalDate submittedOn, Source source, int planMonths, KeyFigures figures,
        List<SubmittedAction> actions, Instant recordedAt) {

    public enum Source {
        /** recorded from TechVoice's figures and plan on the day */
        DRAFT,
        /** typed in by a lead: the date, the stage and the plan's actions */
        MANUAL
    }

    public Submission {
        actions = List.copyOf(actions);
    }
}
