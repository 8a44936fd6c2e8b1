package org.techvoice.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * When an anonymous survey stops taking answers, its rows keep nothing that could single anyone out: the keyed
 * hashes are replaced by random values (no answer can change any more, so nobody needs to be recognised), departments
 * that the results do not show are replaced by a bucket, and responses never finished are deleted with their answers.
 */
@Component
class AnonymousResponseSeal {

    private final SurveyResponseRepository responses;
    private final SurveyAnswerRepository answers;
    private final DisclosureControl control;

    AnonymousResponseSeal(SurveyResponseRepository responses, SurveyAnswerRepository answers, DisclosureControl control) {
        this.responses = responses;
        this.answers = answers;
        this.control = control;
    }

    /** In the transaction that closes or cancels the survey. */
    void seal(Survey survey) {
        if (!survey.anonymous()) {
            return;
        }
        List<SurveyResponse> all = responses.findByTeamIdAndSurveyId(survey.teamId(), survey.id());
        all.stream().filter(r -> !r.complete()).forEach(unfinished -> {
            answers.deleteAllAnswers(survey.teamId(), unfinished.id());
            responses.delete(unfinished);
        });
        List<SurveyResponse> complete = all.stream().filter(SurveyResponse::complete).toList();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        complete.forEach(r -> sizes.merge(SurveyResultsCalculator.departmentOf(r), 1, Integer::sum));
        Set<String> shown = control.shownGroups(sizes);
        complete.forEach(r -> r.seal(shown.contains(SurveyResultsCalculator.departmentOf(r))
                && !SurveyResponse.WITHHELD_DEPARTMENT.equals(r.department())));
    }
}
