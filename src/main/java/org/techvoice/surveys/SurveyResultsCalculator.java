package org.techvoice.surveys;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.SurveyEvidence.Comment;

/**
 * Turns stored answers into publishable figures. Every cell (the whole survey, a question, a department)
 * with fewer respondents than the minimum group size is withheld and says why, wherever results go.
 */
@Component
class SurveyResultsCalculator {

    static final String NO_DEPARTMENT = "No department given";

    private final SurveyProperties properties;
    private final Random shuffler = new SecureRandom();

    SurveyResultsCalculator(SurveyProperties properties) {
        this.properties = properties;
    }

    int minimumGroupSize() {
        return properties.minimumGroupSize();
    }

    /** @param answersByResponse every complete response's answers: question id to values */
    SurveyReport calculate(SurveySummary survey, List<SurveyQuestionView> questions,
            Map<SurveyResponse, Map<Long, List<String>>> answersByResponse) {
        List<SurveyReport.QuestionResult> overall = questions.stream()
                .map(q -> result(q, answersByResponse.values(), survey.anonymous(), true))
                .toList();
        Map<String, List<Map<Long, List<String>>>> byDepartment = new TreeMap<>();
        answersByResponse.forEach((response, answers) -> byDepartment
                .computeIfAbsent(departmentOf(response), d -> new ArrayList<>()).add(answers));
        List<SurveyReport.DepartmentResult> departments = new ArrayList<>();
        if (byDepartment.size() > 1 || !byDepartment.containsKey(NO_DEPARTMENT)) {
            byDepartment.forEach((department, answers) -> departments.add(department(department, answers, questions)));
        }
        return new SurveyReport(survey, minimumGroupSize(), overall, departments);
    }

    private SurveyReport.DepartmentResult department(String name, List<Map<Long, List<String>>> answers,
            List<SurveyQuestionView> questions) {
        if (answers.size() < properties.minimumGroupSize()) {
            return new SurveyReport.DepartmentResult(name, answers.size(), tooFew(), List.of());
        }
        List<SurveyReport.QuestionResult> results = questions.stream()
                .filter(q -> q.spec().type() != QuestionType.FREE_TEXT)
                .map(q -> result(q, answers, true, false))
                .toList();
        return new SurveyReport.DepartmentResult(name, answers.size(), null, results);
    }

    private SurveyReport.QuestionResult result(SurveyQuestionView question, java.util.Collection<Map<Long, List<String>>> responses,
            boolean shuffleComments, boolean withComments) {
        QuestionTally tally = new QuestionTally(question.spec().type());
        int response = 0;
        for (Map<Long, List<String>> answers : responses) {
            for (String value : answers.getOrDefault(question.id(), List.of())) {
                tally.add(response, value);
            }
            response++;
        }
        return result(question, tally, shuffleComments, withComments);
    }

    /**
     * The whole survey's figures from answers already folded per question (the draft's path, which streams every
     * answer once): the same rules as {@link #calculate}, without the departments.
     */
    List<SurveyReport.QuestionResult> overall(SurveySummary survey, List<SurveyQuestionView> questions,
            Map<Long, QuestionTally> tallies) {
        return questions.stream()
                .map(q -> result(q, tallies.getOrDefault(q.id(), new QuestionTally(q.spec().type())), survey.anonymous(), true))
                .toList();
    }

    private SurveyReport.QuestionResult result(SurveyQuestionView question, QuestionTally tally, boolean shuffleComments,
            boolean withComments) {
        if (tally.respondents() < properties.minimumGroupSize()) {
            return new SurveyReport.QuestionResult(question, tally.respondents(), tooFew(), Map.of(), null, List.of());
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Double mean = null;
        List<Comment> comments = new ArrayList<>();
        if (question.spec().type() == QuestionType.FREE_TEXT) {
            if (withComments) {
                comments.addAll(tally.texts());
                if (shuffleComments) {
                    // Anonymous comments in a stable order would line up with who answered first.
                    Collections.shuffle(comments, shuffler);
                }
            }
        } else {
            question.spec().options().forEach(option -> counts.put(option, tally.count(option)));
            if (question.spec().type() == QuestionType.RATING) {
                mean = Math.round(tally.meanOfFirstValues() * 10) / 10.0;
            }
        }
        return new SurveyReport.QuestionResult(question, tally.respondents(), null, counts, mean, comments);
    }

    private String tooFew() {
        return "fewer than " + properties.minimumGroupSize() + " respondents, withheld so nobody can be identified";
    }

    private static String departmentOf(SurveyResponse response) {
        return response.department() == null || response.department().isBlank() ? NO_DEPARTMENT : response.department();
    }

    static Map<Long, List<String>> group(List<SurveyAnswer> answers) {
        return answers.stream().collect(Collectors.groupingBy(SurveyAnswer::questionId, LinkedHashMap::new,
                Collectors.mapping(SurveyAnswer::value, Collectors.toList())));
    }
}
