package org.techvoice.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the draft reads of surveys; implemented by the survey feature. */
public interface SurveyEvidenceSource {

    /** Surveys of the workspace that opened on or after {@code since}, oldest first, with publishable results. */
    List<SurveyEvidence> surveys(String teamId, LocalDate since);

    /**
     * Surveys of the workspace that opened before {@code before}, oldest first, with publishable results: with
     * {@code surveys(teamId, before)} exactly {@code surveys} since the first day. A draft whose action plan cites a
     * survey from before its period reads these, not every survey a second time.
     */
    default List<SurveyEvidence> surveysBefore(String teamId, LocalDate before) {
        // the plain way, for a source with no cheaper one: everything but the period's
        Set<String> fromBefore = surveys(teamId, before).stream().map(SurveyEvidence::reference).collect(Collectors.toSet());
        return surveys(teamId, LocalDate.EPOCH).stream().filter(survey -> !fromBefore.contains(survey.reference())).toList();
    }
}
