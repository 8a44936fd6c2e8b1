package org.techvoice.surveys;

import java.util.List;
import java.util.Map;

/**
 * One page of a survey for one person, with what they answered before (so answers can be changed).
 *
 * @param page     0-based
 * @param previous question id to the values given before; empty when new
 */
public record AnswerForm(SurveySummary survey, int page, int pageCount, List<SurveyQuestionView> questions,
        Map<Long, List<String>> previous) {

    public AnswerForm {
        questions = List.copyOf(questions);
        previous = Map.copyOf(previous);
    }

    public boolean lastPage() {
        return page == pageCount - 1;
    }
}
