package org.techvoice.draft.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.SurveyEvidence.QuestionEvidence;
import org.techvoice.themes.Theme;

/** Issue 17: the same question in two waves is found again by its stable key before its wording. */
class QuestionKeysTest {

    @Test
    void aKeyedQuestionIsTheSameWhateverTheWording() {
        QuestionEvidence then = question("I know how to progress my career here", "baseline.career-progress");
        QuestionEvidence now = question("I know how I can progress my career at this university", "baseline.career-progress");

        assertThat(QuestionKeys.of(now)).isEqualTo(QuestionKeys.of(then)).isEqualTo("key:baseline.career-progress");
    }

    @Test
    void withoutAKeyTheWordingDecidesUpToCaseAndPunctuation() {
        assertThat(QuestionKeys.of(question("Our workshop is well equipped", null)))
                .isEqualTo(QuestionKeys.of(question("our workshop is well-equipped.", null)))
                .isNotEqualTo(QuestionKeys.of(question("Our workshop is well equipped", "asked-in:S-1/Q2")));
    }

    private static QuestionEvidence question(String text, String key) {
        return new QuestionEvidence("S-1/Q1", Theme.CAREER_DEVELOPMENT, text, "rating", 6, null,
                Map.of("4", 3L, "5", 3L), 4.5, List.of(), key);
    }
}
