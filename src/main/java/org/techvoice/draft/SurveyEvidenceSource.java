package org.techvoice.draft;

import java.time.LocalDate;
import java.util.List;

/** What the draft reads of surveys; implemented by the survey feature. */
public interface SurveyEvidenceSource {

    /** Surveys of the workspace that opened on or after {@code since}, oldest first, with publishable results. */
    List<SurveyEvidence> surveys(String teamId, LocalDate since);
}
