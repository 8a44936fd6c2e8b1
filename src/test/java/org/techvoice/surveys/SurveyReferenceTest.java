package org.techvoice.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurveyReferenceTest {

    @Test
    void aQuestionsReferenceNamesItsSurveyAndNothingElseDoes() {
        assertThat(SurveyReference.surveyOfQuestion("S-3/Q2")).contains("S-3");
        assertThat(SurveyReference.surveyOfQuestion("S-120/Q14")).contains("S-120");
        for (String other : new String[] {"S-3", "V-3", "S-3/Q", "S-3/Q2 ", "F-S-3/Q2", "s-3/q2", "", "VIS-1"}) {
            assertThat(SurveyReference.surveyOfQuestion(other)).as(other).isEmpty();
        }
        assertThat(SurveyReference.surveyOfQuestion(null)).isEmpty();
    }

    @Test
    void whatPeopleTypeForASurveyIsRead() {
        assertThat(SurveyReference.parse(" s-7 ")).contains(7L);
        assertThat(SurveyReference.parse("#7")).contains(7L);
        assertThat(SurveyReference.parse("S-")).isEmpty();
        assertThat(SurveyReference.parse("S-1234567890123")).isEmpty();
    }
}
