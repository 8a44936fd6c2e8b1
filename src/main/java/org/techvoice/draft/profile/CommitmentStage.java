package org.techvoice.draft.profile;

import java.time.LocalDate;

/**
 * Where the organisation is in the Technician Commitment: Stage 1 (about a year after signing: context, progress and a
 * 24-month plan), Stage 2 (about year 3: reflection on that plan and a 36-month plan) or Stage 3 (reflection on past
 * plans and a further 36-month plan).
 *
 * @param stage           the stage being prepared, 1 to 3
 * @param lastSubmittedOn the day the previous self-assessment was submitted, or null when not known
 * @param planMonths      the new plan's horizon: 24 for Stage 1, 36 for Stages 2 and 3, unless the lead chose otherwise
 */
public record CommitmentStage(int stage, LocalDate lastSubmittedOn, int planMonths) {

    public static final int FIRST_STAGE = 1;
    public static final int LAST_STAGE = 3;
    public static final int MIN_MONTHS = 12;
    public static final int MAX_MONTHS = 60;

    /** A workspace that never said: Stage 1 with its 24-month plan, as TechVoice always drafted. */
    public static final CommitmentStage FIRST = new CommitmentStage(FIRST_STAGE, null, defaultMonths(FIRST_STAGE));

    public CommitmentStage {
        if (stage < FIRST_STAGE || stage > LAST_STAGE) {
            throw new IllegalArgumentException("A stage is 1, 2 or 3, not " + stage);
        }
        if (planMonths < MIN_MONTHS || planMonths > MAX_MONTHS) {
            throw new IllegalArgumentException("A plan lasts 12 to 60 months, not " + planMonths);
        }
    }

    /** The stage with its usual horizon. */
    public static CommitmentStage of(int stage, LocalDate lastSubmittedOn) {
        return new CommitmentStage(stage, lastSubmittedOn, defaultMonths(stage));
    }

    /** The Commitment's guidance: a 24-month plan at Stage 1, 36 months at Stages 2 and 3. */
    public static int defaultMonths(int stage) {
        return stage <= FIRST_STAGE ? 24 : 36;
    }

    /** From Stage 2 on, the self-assessment reflects on the previous plan. */
    public boolean reflectsOnPreviousPlan() {
        return stage > FIRST_STAGE;
    }
}
