package org.techvoice.surveys.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.slack.SlackReplies;
import org.techvoice.surveys.DateMarkup;
import org.techvoice.surveys.SurveyMessages;
import org.techvoice.surveys.SurveyReport;
import org.techvoice.surveys.SurveySummary;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;

/** Renders survey DMs with the Block Kit builders, as JSON for the outbox. */
@Component
class SlackSurveyMessages implements SurveyMessages {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final SurveyReportBlocks reports;

    SlackSurveyMessages(SurveyReportBlocks reports) {
        this.reports = reports;
    }

    @Override
    public String invitationBlocks(SurveySummary survey, boolean reminder) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String opening = reminder
                ? ":wave: A reminder: you haven't answered *" + SlackReplies.escape(survey.title()) + "* yet. It takes a few minutes."
                : ":wave: <@" + survey.leadUserId() + "> would like to hear from you: *" + SlackReplies.escape(survey.title()) + "*";
        blocks.add(section(s -> s.text(markdownText(opening))));
        if (survey.introduction() != null && !reminder) {
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(SlackReplies.escape(survey.introduction()),
                    SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(SurveyModals.whoSees(survey)
                + " Closes " + DateMarkup.of(survey.closesAt()) + ". "
                + "You can change your answers until then.")))));
        blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(SurveyModals.ANSWER_ACTION).style("primary")
                .value(Long.toString(survey.id())).text(plainText("Answer")))))));
        return GSON.toJson(blocks);
    }

    @Override
    public String resultsBlocks(SurveyReport report) {
        return GSON.toJson(reports.blocks(report));
    }

    @Override
    public String noteBlocks(String mrkdwn) {
        return GSON.toJson(List.of(section(s -> s.text(markdownText(SlackReplies.truncate(mrkdwn, SlackReplies.SECTION_TEXT_LIMIT))))));
    }
}
