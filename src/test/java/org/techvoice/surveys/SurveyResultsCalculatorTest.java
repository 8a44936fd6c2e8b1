package org.techvoice.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techvoice.themes.Theme;

/** The minimum-group rules of survey results, without Spring or a database: every cell below the minimum is withheld. */
class SurveyResultsCalculatorTest {

    private static final int MINIMUM = 3;

    private final SurveyResultsCalculator calculator = new SurveyResultsCalculator(new DisclosureControl(MINIMUM));

    private final SurveyQuestionView rating = question(1, QuestionSpec.rating(Theme.RECOGNITION, "How valued do you feel?"));
    private final SurveyQuestionView choice = question(2, QuestionSpec.choice(Theme.VISIBILITY, "Where do you work?", false, "Lab", "Workshop"));
    private final SurveyQuestionView comment = question(3, QuestionSpec.freeText(Theme.CAREER_DEVELOPMENT, "Anything else?"));

    private final Map<SurveyResponse, Map<Long, List<String>>> answers = new LinkedHashMap<>();

    @Test
    void aQuestionAnsweredByFewerThanTheMinimumIsWithheldWithTheReason() {
        respond(null, "4", "Lab", "Too few to show");
        respond(null, "5", "Lab", null);

        SurveyReport report = calculate();

        assertThat(report.questions()).allSatisfy(result -> {
            assertThat(result.suppressedReason()).contains("fewer than 3 respondents");
            assertThat(result.counts()).isEmpty();
            assertThat(result.mean()).isNull();
            assertThat(result.comments()).isEmpty();
        });
    }

    @Test
    void atTheMinimumTheFiguresAndCommentsAreShown() {
        respond(null, "4", "Lab", "More time for CPD");
        respond(null, "5", "Workshop", "Protected training days");
        respond(null, "3", "Lab", "Recognition for outreach");

        SurveyReport report = calculate();

        SurveyReport.QuestionResult ratingResult = result(report.questions(), rating);
        assertThat(ratingResult.suppressedReason()).isNull();
        assertThat(ratingResult.mean()).isEqualTo(4.0);
        assertThat(result(report.questions(), choice).counts()).containsEntry("Lab", 2L).containsEntry("Workshop", 1L);
        assertThat(result(report.questions(), comment).comments())
                .containsExactlyInAnyOrder("More time for CPD", "Protected training days", "Recognition for outreach");
    }

    @Test
    void aQuestionSomeLeftBlankCountsOnlyThoseWhoAnsweredIt() {
        respond(null, "4", "Lab", "One comment");
        respond(null, "5", "Lab", null);
        respond(null, "3", "Lab", null);

        SurveyReport report = calculate();

        assertThat(result(report.questions(), rating).suppressedReason()).isNull();
        assertThat(result(report.questions(), comment).respondents()).isEqualTo(1);
        assertThat(result(report.questions(), comment).suppressedReason()).isNotNull();
        assertThat(result(report.questions(), comment).comments()).isEmpty();
    }

    /** Issue 22: showing Chemistry would give the lone physicist as the total minus Chemistry, so neither is shown. */
    @Test
    void aDepartmentBelowTheMinimumIsWithheldUnnamedAndSoIsOneItCouldBeSubtractedFrom() {
        respond("Chemistry", "4", "Lab", "Chemistry comment one");
        respond("Chemistry", "5", "Lab", "Chemistry comment two");
        respond("Chemistry", "3", "Workshop", "Chemistry comment three");
        respond("Physics", "1", "Workshop", "The only physicist");

        SurveyReport report = calculate();
        assertThat(report.departments()).isEmpty();
        assertThat(report.departmentsWithheld()).isTrue();

        respond("Physics", "2", "Lab", null);
        respond("Physics", "2", "Lab", null);
        SurveyReport both = calculate();
        SurveyReport.DepartmentResult chemistry = department(both, "Chemistry");
        assertThat(chemistry.suppressedReason()).isNull();
        assertThat(chemistry.questions()).extracting(q -> q.question().id()).containsExactly(rating.id(), choice.id());
        assertThat(chemistry.questions()).allSatisfy(q -> assertThat(q.comments()).isEmpty());
        assertThat(department(both, "Physics").respondents()).isEqualTo(3);
        assertThat(both.departmentsWithheld()).isFalse();
    }

    @Test
    void withoutAnyDepartmentGivenThereIsNoSplitByDepartment() {
        respond(null, "4", "Lab", null);
        respond(" ", "5", "Lab", null);
        respond(null, "3", "Lab", null);

        assertThat(calculate().departments()).isEmpty();
    }

    private SurveyReport calculate() {
        SurveySummary survey = new SurveySummary(7, "T0CALC001", "S-7", "Technician voice", null, true, SurveyStatus.CLOSED,
                AudienceKind.TECHNICIANS, null, Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-15T17:00:00Z"), 0,
                "U0LEAD001", 10, answers.size(), 0);
        return calculator.calculate(survey, List.of(rating, choice, comment), answers);
    }

    private void respond(String department, String ratingValue, String choiceValue, String commentValue) {
        Map<Long, List<String>> given = new LinkedHashMap<>();
        given.put(rating.id(), List.of(ratingValue));
        given.put(choice.id(), List.of(choiceValue));
        if (commentValue != null) {
            given.put(comment.id(), List.of(commentValue));
        }
        answers.put(new SurveyResponse("T0CALC001", 7L, "key-" + answers.size(), null, department, LocalDate.of(2026, 11, 2)), given);
    }

    private static SurveyQuestionView question(long id, QuestionSpec spec) {
        return new SurveyQuestionView(id, "S-7", (int) id, spec);
    }

    private static SurveyReport.QuestionResult result(List<SurveyReport.QuestionResult> results, SurveyQuestionView question) {
        return results.stream().filter(r -> r.question().id() == question.id()).findFirst().orElseThrow();
    }

    private static SurveyReport.DepartmentResult department(SurveyReport report, String name) {
        return report.departments().stream().filter(d -> d.department().equals(name)).findFirst().orElseThrow();
    }
}
