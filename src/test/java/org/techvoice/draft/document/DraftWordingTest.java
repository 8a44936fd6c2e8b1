package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.draft.SurveyEvidence;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.themes.ActivityMatcher;
import org.techvoice.themes.Theme;

/** The draft's words and layout rules that need no application: plurals, kinds, widths, orders, matches. */
class DraftWordingTest {

    @Test
    void countsReadAsAReaderWritesThem() {
        assertThat(Words.count(1, "action")).isEqualTo("1 action");
        assertThat(Words.count(7, "action")).isEqualTo("7 actions");
        assertThat(Words.count(0, "contribution")).isEqualTo("0 contributions");
        assertThat(Words.count(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Words.count(3, "entry", "entries")).isEqualTo("3 entries");
    }

    @Test
    void achievementKindsAreNamedFromTheTextWhenTheCategoryIsGeneric() {
        assertThat(AchievementKinds.of(achievement("achievement", "became a Registered Science Technician (RSciTech)")))
                .isEqualTo("professional registration");
        assertThat(AchievementKinds.of(achievement("achievement", "won the university's Outstanding Technical Contribution award")))
                .isEqualTo("award");
        assertThat(AchievementKinds.of(achievement("achievement", "was shortlisted for a THE Technician of the Year award")))
                .isEqualTo("award nomination");
        assertThat(AchievementKinds.of(achievement("achievement", "was promoted to senior technician"))).isEqualTo("promotion");
        assertThat(AchievementKinds.of(achievement("achievement", "ran a marathon for charity"))).isEqualTo(AchievementKinds.OTHER);
        assertThat(AchievementKinds.of(achievement("professional registration", "anything"))).isEqualTo("professional registration");
    }

    private static EvidenceEntry achievement(String category, String text) {
        return new EvidenceEntry("A-1", Kind.ACHIEVEMENT, category, Set.of(Theme.RECOGNITION), text, "U1", LocalDate.of(2025, 5, 1), null, true);
    }

    @Test
    void columnsAreWeightedToTheirContentAndNoWordIsWiderThanItsColumn() {
        List<String> headers = ActionPlanSection.COLUMNS;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(List.of("TC-0" + i, "Career Development", "Run a programme of career conversations for every technician in the "
                    + "faculties, with a written development plan agreed by each", "Head of Technical Services",
                    "1 January 2026 to 30 June 2027", "Every technician has a development plan on record, reviewed yearly",
                    "Amber", "3 (C-1, V-2, S-1/Q1)", "Technician voice (F-CAR-3)"));
        }
        int total = DocxPages.textWidth(DraftDocument.Layout.LANDSCAPE);
        int[] widths = ColumnWidths.of(headers, rows, total);
        assertThat(java.util.Arrays.stream(widths).sum()).isEqualTo(total);
        // nine columns since the origin column: Action is still the widest by far, and well over twice Ref or RAG
        assertThat(widths[2]).isEqualTo(java.util.Arrays.stream(widths).max().orElseThrow())
                .isGreaterThan(2 * widths[0]).isGreaterThan(2 * widths[6]);
        assertThat(widths[5]).isGreaterThan(2 * widths[0]);
        // the longest words ("Development", "Timescale", "technician") fit whole
        assertThat(widths[1]).isGreaterThanOrEqualTo("Development".length() * ColumnWidths.CHAR + ColumnWidths.PADDING);
        assertThat(widths[4]).isGreaterThanOrEqualTo("Timescale".length() * ColumnWidths.CHAR + ColumnWidths.PADDING);
        assertThat(widths[6]).isGreaterThanOrEqualTo("Amber".length() * ColumnWidths.CHAR + ColumnWidths.PADDING);
    }

    @Test
    void referencesSortAsAnIndexDoes() {
        List<String> references = new ArrayList<>(List.of("V-2", "S-1/Q10", "A-10", "S-1", "C-3", "A-2", "S-1/Q2", "S-2"));
        references.sort(Citations::compareReferences);
        assertThat(references).containsExactly("A-2", "A-10", "C-3", "S-1", "S-1/Q2", "S-1/Q10", "S-2", "V-2");
    }

    @Test
    void surveyCommentsAreChosenFromTheCommentsNotTheirOrder() {
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            comments.add("Comment " + i);
        }
        List<String> chosen = SurveyResults.quotableComments(question(comments), 3, 42);
        for (int seed = 1; seed < 5; seed++) {
            List<String> shuffled = new ArrayList<>(comments);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(SurveyResults.quotableComments(question(shuffled), 3, 42)).isEqualTo(chosen);
        }
        assertThat(chosen).hasSize(3).isSorted();
        assertThat(SurveyResults.quotableComments(question(comments), 3, 43)).as("another workspace, another choice").isNotEqualTo(chosen);
    }

    private static QuestionEvidence question(List<String> comments) {
        return new QuestionEvidence("S-1/Q3", Theme.CAREER_DEVELOPMENT, "What would help?", "free text", comments.size(), null,
                Map.of(), null, comments.stream().map(SurveyEvidence.Comment::of).toList());
    }

    @Test
    void theGapAnalysisMatchesWhatTheActivitiesMean() {
        ActivityMatcher matcher = new ActivityMatcher();
        // a HEaTED course is training, not a "vibrant Technician Network"
        assertThat(matcher.matchingActivities("Completed the HEaTED Technical Management course and started the RSci application"))
                .doesNotContain("VIS-9").contains("REC-1");
        assertThat(matcher.matchingActivities("Ran the technician network coffee morning for 40 colleagues")).contains("VIS-9");
        // an institutional award is an internal award scheme, with the award's name in between
        assertThat(matcher.matchingActivities("won the university's Outstanding Technical Contribution award for the neutron sample cell"))
                .contains("REC-4");
        assertThat(matcher.matchingActivities("Received the institutional Technician Excellence award")).contains("REC-4");
    }
}
