package org.techvoice.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The survey chart labels each bar with its question, shortened at a word, not with "Q1" alone. */
class SurveyChartLabelTest {

    @Test
    void aShortQuestionIsShownWhole() {
        assertThat(SurveyChart.label(2, "My work is visible to academics")).isEqualTo("Q2 My work is visible to academics");
    }

    @Test
    void aLongQuestionIsShortenedAtAWord() {
        String label = SurveyChart.label(4, "How supported do you feel by your line manager in the workshop team when you ask for training?");
        assertThat(label).startsWith("Q4 How supported do you feel").endsWith("\u2026");
        assertThat(label.length()).isLessThanOrEqualTo(SurveyChart.LABEL_LENGTH + 4);
        assertThat(label).doesNotContain(" \u2026");
        assertThat(label.substring(3, label.length() - 1)).isEqualTo(
                "How supported do you feel by your line manager in the workshop team when you ask for training?"
                        .substring(0, label.length() - 4));
    }
}
