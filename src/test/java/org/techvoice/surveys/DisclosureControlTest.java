package org.techvoice.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techvoice.themes.Theme;

/**
 * Issue 22: the disclosure rules on their own, with adversarial tables. Each attack is played as the curious lead
 * would: take what is shown and try to work out a withheld cell.
 */
class DisclosureControlTest {

    private static final int K = 5;
    private final DisclosureControl control = new DisclosureControl(K);

    // --- the rules -----------------------------------------------------------------------------------------

    @Test
    void aLoneSmallGroupCannotBeWorkedOutAsTheTotalMinusTheGroupShown() {
        // five chemists and one physicist: showing Chemistry would give the physicist as total minus Chemistry
        assertThat(control.shownGroups(sizes("Chemistry", 5, "Physics", 1))).isEmpty();
        // two small groups of 2 and 2 are together still under the minimum
        assertThat(control.shownGroups(sizes("Chemistry", 9, "Physics", 2, "Biology", 2))).isEmpty();
    }

    @Test
    void smallGroupsTogetherAtTheMinimumLeaveTheLargeOnesShown() {
        assertThat(control.shownGroups(sizes("Chemistry", 9, "Physics", 3, "Biology", 2))).containsExactly("Chemistry");
        assertThat(control.shownGroups(sizes("Chemistry", 9, "Physics", 7))).containsExactly("Chemistry", "Physics");
    }

    @Test
    void theSmallestShownGroupIsWithheldTooWhenTheRemainderIsSmall() {
        // remainder 1: withhold the smallest large group (6) too, leaving a remainder of 7 and the rest shown
        assertThat(control.shownGroups(sizes("Chemistry", 12, "Physics", 6, "Biology", 1, "Workshop", 8)))
                .containsExactly("Chemistry", "Workshop");
    }

    @Test
    void everyTableOfGroupsLeavesNoWithheldRemainderBetweenOneAndTheMinimum() {
        // exhaustive over small tables: when anything is shown, the hidden rest is never 1..K-1 and each shown group
        // is >= K (with nothing shown, the hidden rest is the total, which has its own rule)
        int[] values = {0, 1, 2, 3, 4, 5, 6, 7, 9};
        for (int a : values) {
            for (int b : values) {
                for (int c : values) {
                    Map<String, Integer> table = sizes("A", a, "B", b, "C", c);
                    Set<String> shown = control.shownGroups(table);
                    int hidden = table.entrySet().stream().filter(e -> !shown.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
                    assertThat(shown.isEmpty() || hidden == 0 || hidden >= K).as("table %s shows %s", table, shown).isTrue();
                    assertThat(shown).allMatch(g -> table.get(g) >= K);
                }
            }
        }
    }

    @Test
    void aQuestionIsSplitOnlyWhenEveryShownGroupAndItsRemainderAnsweredEnough() {
        assertThat(control.splittable(sizes("Chemistry", 5, "Physics", 5), 10)).isTrue();
        assertThat(control.splittable(sizes("Chemistry", 5, "Physics", 5), 11)).as("one answer outside the split").isFalse();
        assertThat(control.splittable(sizes("Chemistry", 5, "Physics", 4), 9)).as("an optional question skipped").isFalse();
        assertThat(control.splittable(sizes("Chemistry", 5), 10)).isTrue();
        assertThat(control.splittable(Map.of(), 10)).isFalse();
    }

    @Test
    void anOpenAnonymousSurveyIsReleasedOnlyAtTheCloseAndItsCountMovesInSteps() {
        assertThat(control.released(true, SurveyStatus.OPEN)).isFalse();
        assertThat(control.released(true, SurveyStatus.CLOSED)).isTrue();
        assertThat(control.released(true, SurveyStatus.CANCELLED)).isTrue();
        assertThat(control.released(false, SurveyStatus.OPEN)).isTrue();
        assertThat(List.of(0, 1, 4, 5, 6, 9, 10, 11).stream().map(control::liveCount).toList())
                .containsExactly(0, 0, 0, 5, 5, 5, 10, 10);
    }

    // --- the attacks from the issue, through the calculator ------------------------------------------------

    /**
     * Five chemists answer Q1 = 4, one physicist Q1 = 1. Before: totals "1: 1 · 4: 5", "Physics: withheld" and
     * "Chemistry: 5 answered · mean 4.0" gave the physicist's answer by subtraction.
     */
    @Test
    void theSubtractionAttackRevealsNothing() {
        Map<SurveyResponse, Map<Long, List<String>>> answers = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            answers.put(response("School of Chemistry"), Map.of(Q1.id(), List.of("4")));
        }
        answers.put(response("Physics Workshop"), Map.of(Q1.id(), List.of("1")));

        SurveyReport report = calculator().calculate(summaryOf(SurveyStatus.CLOSED, 6), List.of(Q1), answers);

        assertThat(report.questions().get(0).counts()).containsEntry("1", 1L).containsEntry("4", 5L);
        assertThat(report.departments()).as("no department is shown, so none can be subtracted").isEmpty();
        assertThat(report.departmentsWithheld()).isTrue();
        assertThat(names(report)).doesNotContain("Physics Workshop", "School of Chemistry");
    }

    @Test
    void aDepartmentSplitThatCannotBeSubtractedIsShownWithoutNamingTheOthers() {
        Map<SurveyResponse, Map<Long, List<String>>> answers = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            answers.put(response("Chemistry"), Map.of(Q1.id(), List.of("4")));
        }
        for (int i = 0; i < 3; i++) {
            answers.put(response("Physics"), Map.of(Q1.id(), List.of("2")));
            answers.put(response("Biology"), Map.of(Q1.id(), List.of("3")));
        }
        SurveyReport report = calculator().calculate(summaryOf(SurveyStatus.CLOSED, 12), List.of(Q1), answers);

        assertThat(report.departments()).extracting(SurveyReport.DepartmentResult::department).containsExactly("Chemistry");
        assertThat(report.departments().get(0).questions().get(0).mean()).isEqualTo(4.0);
        assertThat(report.departmentsWithheld()).isTrue();
        assertThat(names(report)).doesNotContain("Physics", "Biology");
    }

    @Test
    void anOptionalQuestionSkippedByOneOutsideTheSplitIsNotSplit() {
        Map<SurveyResponse, Map<Long, List<String>>> answers = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            answers.put(response("Chemistry"), Map.of(Q1.id(), List.of("4"), Q2.id(), List.of("Lab")));
            answers.put(response("Physics"), Map.of(Q1.id(), List.of("2")));
        }
        answers.put(response("Physics"), Map.of(Q1.id(), List.of("5"), Q2.id(), List.of("Office")));
        // Q2: Chemistry 5 answers, Physics 1: splitting Q2 would show the lone physicist's "Office"
        SurveyReport report = calculator().calculate(summaryOf(SurveyStatus.CLOSED, 11), List.of(Q1, Q2), answers);

        assertThat(report.departments()).extracting(SurveyReport.DepartmentResult::department).containsExactly("Chemistry", "Physics");
        assertThat(report.departments()).allSatisfy(d -> assertThat(d.questions()).extracting(q -> q.question().id())
                .containsExactly(Q1.id()));
    }

    /**
     * Differencing over time: the lead reads results at 5 respondents and again at 6. Before, the two readings
     * differed by exactly the sixth person's answers. Now an open anonymous survey shows no figure, and the count
     * the lead sees does not move between 5 and 6.
     */
    @Test
    void theDifferencingOverTimeAttackRevealsNothing() {
        Map<SurveyResponse, Map<Long, List<String>>> answers = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            answers.put(response("Chemistry"), Map.of(Q1.id(), List.of("4")));
        }
        SurveyReport atFive = calculator().calculate(summaryOf(SurveyStatus.OPEN, 5), List.of(Q1), new LinkedHashMap<>(answers));
        answers.put(response("Chemistry"), Map.of(Q1.id(), List.of("1")));
        SurveyReport atSix = calculator().calculate(summaryOf(SurveyStatus.OPEN, 6), List.of(Q1), answers);

        assertThat(atSix).isEqualTo(atFive);
        assertThat(atSix.anyShown()).isFalse();
        assertThat(atSix.survey().respondents()).isEqualTo(5);
        assertThat(atSix.survey().respondentsRounded()).isTrue();
        assertThat(atSix.questions().get(0).suppressedReason()).contains("when the survey closes");
        // the draft's path has the same rule
        assertThat(calculator().overall(summaryOf(SurveyStatus.OPEN, 6), List.of(Q1), Map.of()))
                .allMatch(SurveyReport.QuestionResult::suppressed);
    }

    // --- fixtures ------------------------------------------------------------------------------------------

    private static final SurveyQuestionView Q1 = new SurveyQuestionView(101, "S-1/Q1", 1,
            QuestionSpec.rating(Theme.CAREER_DEVELOPMENT, "I know how to progress my career here"));
    private static final SurveyQuestionView Q2 = new SurveyQuestionView(102, "S-1/Q2", 2,
            QuestionSpec.choice(Theme.VISIBILITY, "Where do you mostly work?", false, "Lab", "Workshop", "Office"));

    private SurveyResultsCalculator calculator() {
        return new SurveyResultsCalculator(control);
    }

    private static SurveyResponse response(String department) {
        return new SurveyResponse("T1", 1L, null, null, department, LocalDate.of(2026, 12, 1));
    }

    /** As the lookup makes it: rounded while open and anonymous. */
    private SurveySummary summaryOf(SurveyStatus status, int respondents) {
        boolean rounded = !control.released(true, status);
        return new SurveySummary(1, "T1", "S-1", "Pulse", "", true, status, AudienceKind.CHANNEL, "C1",
                Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-12-07T09:00:00Z"), 0, "U0LEAD", 40,
                rounded ? control.liveCount(respondents) : respondents, rounded ? K : 0);
    }

    private static String names(SurveyReport report) {
        return report.toString();
    }

    private static Map<String, Integer> sizes(Object... nameThenSize) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSize.length; i += 2) {
            sizes.put((String) nameThenSize[i], (Integer) nameThenSize[i + 1]);
        }
        return sizes;
    }
}
