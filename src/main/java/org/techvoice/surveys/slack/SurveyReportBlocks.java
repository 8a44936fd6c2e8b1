package org.techvoice.surveys.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.slack.SlackReplies;
import org.techvoice.surveys.QuestionType;
import org.techvoice.surveys.SurveyReport;
import org.techvoice.surveys.SurveySummary;

import com.slack.api.model.block.LayoutBlock;

/** A survey report as Block Kit: totals, one section per question, then the department split. */
@Component
class SurveyReportBlocks {

    /** Room left in one message for the header, totals, department split and footer. */
    private static final int QUESTION_BLOCKS = SlackReplies.MESSAGE_BLOCK_LIMIT - 8;

    List<LayoutBlock> blocks(SurveyReport report) {
        SurveySummary s = report.survey();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackReplies.truncate("Results: " + s.reference() + " " + s.title(), 150)))));
        blocks.add(section(x -> x.text(markdownText(totals(s)))));
        blocks.add(divider());
        List<SurveyReport.QuestionResult> shown = report.questions().stream().limit(QUESTION_BLOCKS).toList();
        shown.forEach(q -> blocks.add(section(x -> x.text(markdownText(SlackReplies.truncate(question(q), SlackReplies.SECTION_TEXT_LIMIT))))));
        String withheld = withheld(shown);
        if (!withheld.isEmpty()) {
            blocks.add(section(x -> x.text(markdownText(SlackReplies.truncate(withheld, SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        if (!report.departments().isEmpty() || report.departmentsWithheld()) {
            blocks.add(divider());
            blocks.add(section(x -> x.text(markdownText(SlackReplies.truncate(departments(report), SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText("Figures for fewer than " + report.minimumGroupSize()
                + " respondents are withheld so nobody can be identified."
                + (s.anonymous() ? " Comments are shown in random order." : ""))))));
        return blocks;
    }

    String fallback(SurveyReport report) {
        return "Results for " + report.survey().reference() + ": " + totals(report.survey()).replace("*", "");
    }

    static String totals(SurveySummary s) {
        return "*%s* · %s · %s".formatted(answered(s), s.anonymous() ? "anonymous" : "attributed", s.status().label().toLowerCase());
    }

    /**
     * "6 of 7 answered (86%)"; while an anonymous survey is open the count moves in steps ("at least 5 of 40
     * answered"), so watching it does not tell when someone answered.
     */
    static String answered(SurveySummary s) {
        if (!s.respondentsRounded()) {
            return "%d of %d answered (%d%%)".formatted(s.respondents(), s.audienceSize(), s.responseRatePercent());
        }
        return s.respondents() == 0 ? "fewer than %d of %d answered so far".formatted(s.respondentsStep(), s.audienceSize())
                : "at least %d of %d answered so far".formatted(s.respondents(), s.audienceSize());
    }

    private static String question(SurveyReport.QuestionResult q) {
        StringBuilder text = new StringBuilder("*Q").append(q.question().number()).append(".* ")
                .append(SlackReplies.escape(q.question().spec().text()))
                .append(" _(").append(q.question().spec().theme().displayName()).append(")_\n");
        if (q.suppressed()) {
            return text.append(":see_no_evil: _withheld_").toString();
        }
        if (q.question().spec().type() == QuestionType.FREE_TEXT) {
            text.append(q.respondents()).append(" comments:");
            q.comments().forEach(c -> text.append("\n> ").append(SlackReplies.escape(c.replace("\n", " "))));
            return text.toString();
        }
        if (q.mean() != null) {
            text.append("Mean *").append(q.mean()).append("* from ").append(q.respondents()).append(" · ");
        } else {
            text.append(q.respondents()).append(" answered · ");
        }
        return text.append(q.counts().entrySet().stream()
                .map(e -> SlackReplies.escape(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(" · "))).toString();
    }

    /**
     * Why questions are withheld, each reason said once with the questions it covers ("every question" when it
     * covers them all), instead of the same sentence under each of eight questions.
     */
    private static String withheld(List<SurveyReport.QuestionResult> questions) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        questions.stream().filter(SurveyReport.QuestionResult::suppressed).forEach(q ->
                byReason.computeIfAbsent(q.suppressedReason(), r -> new ArrayList<>()).add("Q" + q.question().number()));
        return byReason.entrySet().stream()
                .map(e -> ":see_no_evil: _Withheld: " + SlackReplies.escape(e.getKey()) + "_ ("
                        + (questions.size() > 1 && e.getValue().size() == questions.size() ? "every question" : String.join(", ", e.getValue())) + ")")
                .collect(Collectors.joining("\n"));
    }

    /** Only the departments cleared for showing; those left out are not named, and "withheld" is said once. */
    private static String departments(SurveyReport report) {
        StringBuilder text = new StringBuilder("*By department*");
        for (SurveyReport.DepartmentResult d : report.departments()) {
            text.append("\n• *").append(SlackReplies.escape(d.department())).append("*: ").append(d.respondents()).append(" answered");
            d.questions().forEach(q -> text.append(" · Q").append(q.question().number()).append(" ")
                    .append(q.mean() != null ? "mean " + q.mean() : topAnswer(q)));
        }
        if (report.departmentsWithheld()) {
            text.append(report.departments().isEmpty() ? "\n" : "\n• ").append("_")
                    .append(report.departments().isEmpty() ? "The split by department is withheld" : "Other departments are withheld")
                    .append(": a group under ").append(report.minimumGroupSize())
                    .append(" respondents, or one that could be worked out from the figures shown, is not shown or named._");
        }
        return text.toString();
    }

    private static String topAnswer(SurveyReport.QuestionResult q) {
        return q.counts().entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> "most chose " + SlackReplies.escape(e.getKey())).orElse("");
    }
}
