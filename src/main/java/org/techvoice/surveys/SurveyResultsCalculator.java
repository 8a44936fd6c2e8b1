package org.techvoice.surveys;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.draft.SurveyEvidence.Comment;

/**
 * Turns stored answers into publishable figures under {@link DisclosureControl}: a cell (the whole survey, a
 * question, a department) with fewer respondents than the minimum group size is withheld, a split never lets a
 * withheld group be worked out, and an open anonymous survey shows no figures until it closes.
 */
@Component
class SurveyResultsCalculator {

    static final String NO_DEPARTMENT = "No department given";

    private final DisclosureControl control;
    private final Random shuffler = new SecureRandom();

    SurveyResultsCalculator(DisclosureControl control) {
        this.control = control;
    }

    int minimumGroupSize() {
        return control.minimumGroupSize();
    }

    DisclosureControl control() {
        return control;
    }

    /** @param answersByResponse every complete response's answers: question id to values */
    SurveyReport calculate(SurveySummary survey, List<SurveyQuestionView> questions,
            Map<SurveyResponse, Map<Long, List<String>>> answersByResponse) {
        if (!control.released(survey.anonymous(), survey.status())) {
            return notYetReleased(survey, questions);
        }
        List<SurveyReport.QuestionResult> overall = questions.stream()
                .map(q -> result(q, answersByResponse.values(), survey.anonymous(), true))
                .toList();
        Map<String, List<Map<Long, List<String>>>> byDepartment = new TreeMap<>();
        answersByResponse.forEach((response, answers) -> byDepartment
                .computeIfAbsent(departmentOf(response), d -> new ArrayList<>()).add(answers));
        if (byDepartment.size() == 1 && byDepartment.containsKey(NO_DEPARTMENT)) {
            return new SurveyReport(survey, minimumGroupSize(), overall, List.of(), false);
        }
        List<SurveyReport.DepartmentResult> departments = departments(byDepartment, questions);
        return new SurveyReport(survey, minimumGroupSize(), overall, departments, departments.size() < byDepartment.size());
    }

    /** Only the departments {@link DisclosureControl#shownGroups} clears, each with the questions it may split. */
    private List<SurveyReport.DepartmentResult> departments(Map<String, List<Map<Long, List<String>>>> byDepartment,
            List<SurveyQuestionView> questions) {
        Set<String> shown = new LinkedHashSet<>(control.shownGroups(sizes(byDepartment)));
        // the bucket of departments withheld at close is never shown; leaving it out only adds to what is hidden
        shown.remove(SurveyResponse.WITHHELD_DEPARTMENT);
        List<SurveyQuestionView> split = questions.stream()
                .filter(q -> q.spec().type() != QuestionType.FREE_TEXT)
                .filter(q -> {
                    Map<String, Integer> answered = new LinkedHashMap<>();
                    shown.forEach(d -> answered.put(d, answeredCount(q, byDepartment.get(d))));
                    int total = byDepartment.values().stream().mapToInt(answers -> answeredCount(q, answers)).sum();
                    return control.splittable(answered, total);
                })
                .toList();
        return shown.stream().map(department -> new SurveyReport.DepartmentResult(department, byDepartment.get(department).size(),
                null, split.stream().map(q -> result(q, byDepartment.get(department), true, false)).toList())).toList();
    }

    private static Map<String, Integer> sizes(Map<String, List<Map<Long, List<String>>>> byDepartment) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        byDepartment.forEach((department, answers) -> sizes.put(department, answers.size()));
        return sizes;
    }

    private static int answeredCount(SurveyQuestionView question, List<Map<Long, List<String>>> responses) {
        return (int) responses.stream().filter(answers -> !answers.getOrDefault(question.id(), List.of()).isEmpty()).count();
    }

    private SurveyReport notYetReleased(SurveySummary survey, List<SurveyQuestionView> questions) {
        List<SurveyReport.QuestionResult> withheld = questions.stream()
                .map(q -> new SurveyReport.QuestionResult(q, 0, untilClose(), Map.of(), null, List.of()))
                .toList();
        return new SurveyReport(survey, minimumGroupSize(), withheld, List.of(), false);
    }

    private String tooFew() {
        return "fewer than " + minimumGroupSize() + " respondents, withheld so nobody can be identified";
    }

    private static String untilClose() {
        return "shown when the survey closes, so nobody's answers can be told apart by when they arrived";
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
        if (!control.released(survey.anonymous(), survey.status())) {
            return notYetReleased(survey, questions).questions();
        }
        return questions.stream()
                .map(q -> result(q, tallies.getOrDefault(q.id(), new QuestionTally(q.spec().type())), survey.anonymous(), true))
                .toList();
    }

    private SurveyReport.QuestionResult result(SurveyQuestionView question, QuestionTally tally, boolean shuffleComments,
            boolean withComments) {
        if (!control.enough(tally.respondents())) {
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

    static String departmentOf(SurveyResponse response) {
        return response.department() == null || response.department().isBlank() ? NO_DEPARTMENT : response.department();
    }

    static Map<Long, List<String>> group(List<SurveyAnswer> answers) {
        return answers.stream().collect(Collectors.groupingBy(SurveyAnswer::questionId, LinkedHashMap::new,
                Collectors.mapping(SurveyAnswer::value, Collectors.toList())));
    }
}
