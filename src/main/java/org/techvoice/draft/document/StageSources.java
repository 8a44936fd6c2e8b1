package org.techvoice.draft.document;

import java.time.LocalDate;

import org.techvoice.draft.submission.Submission;

/** The references the Stage 2 and 3 sections cite for figures that are not one entry: a submission, or the current period. */
final class StageSources {

    private StageSources() {
    }

    /** e.g. {@code SUB-2024-05-01}: the submission of that day, as recorded. */
    static String submission(Submission submission, Citations citations) {
        return citations.source("SUB-" + submission.submittedOn(), "recorded submission (Stage " + submission.stage() + ")",
                submission.submittedOn(), submission.source() == Submission.Source.DRAFT
                        ? "Figures and action plan kept by TechVoice on the day of submission"
                        : "Action plan typed in by the institutional lead (no figures recorded)");
    }

    /** e.g. {@code TV-2026-12-05}: TechVoice's records of the period up to the day the draft is compiled. */
    static String current(LocalDate from, LocalDate today, Citations citations) {
        return citations.source("TV-" + today, "TechVoice records", today, "Entries, registrations and survey results "
                + (from == null ? "up to " : "from " + Dates.format(from) + " to ") + Dates.format(today));
    }
}
