package org.techvoice.surveys;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidenceSource;

/** Gives the compiled draft survey results through the same minimum-group-size rules as everywhere else. */
@Component
class SurveyEvidenceAdapter implements SurveyEvidenceSource {

    private final SurveyRepository surveys;
    private final SurveyResults results;
    private final SurveyProperties properties;

    SurveyEvidenceAdapter(SurveyRepository surveys, SurveyResults results, SurveyProperties properties) {
        this.surveys = surveys;
        this.results = results;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SurveyEvidence> surveys(String teamId, LocalDate since) {
        return evidence(teamId, surveys.findByTeamIdAndStatusInAndOpensAtGreaterThanEqualOrderByOpensAt(teamId,
                EnumSet.of(SurveyStatus.OPEN, SurveyStatus.CLOSED), since.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SurveyEvidence> surveysBefore(String teamId, LocalDate before) {
        return evidence(teamId, surveys.findByTeamIdAndStatusInAndOpensAtLessThanOrderByOpensAt(teamId,
                EnumSet.of(SurveyStatus.OPEN, SurveyStatus.CLOSED), before.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private List<SurveyEvidence> evidence(String teamId, List<Survey> found) {
        // one pass over the workspace's answers for all of them, not a read per survey (none at all when there are none)
        // an open anonymous survey's figures are not released until it closes (DisclosureControl), so it is left out
        return results.overall(teamId, found).stream().filter(report -> !report.survey().respondentsRounded()).map(this::evidence).toList();
    }

    private SurveyEvidence evidence(SurveyReport report) {
        ZoneId zone = ZoneId.of(properties.defaultTimeZone());
        SurveySummary survey = report.survey();
        List<SurveyEvidence.QuestionEvidence> questions = report.questions().stream()
                .map(q -> new SurveyEvidence.QuestionEvidence(q.question().reference(), q.question().spec().theme(),
                        q.question().spec().text(), q.question().spec().type().label(), q.respondents(), q.suppressedReason(),
                        q.counts(), q.mean(), q.freeText(), q.question().spec().key()))
                .toList();
        return new SurveyEvidence(survey.reference(), survey.title(), survey.anonymous(),
                LocalDate.ofInstant(survey.opensAt(), zone), LocalDate.ofInstant(survey.closesAt(), zone),
                survey.audienceSize(), survey.respondents(), questions);
    }
}
