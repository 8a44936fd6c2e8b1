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
import org.techvoice.outbox.MessageContent;
import org.techvoice.slack.FallbackText;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.DateMarkup;
import org.techvoice.surveys.SurveyMessages;
import org.techvoice.surveys.SurveyNote;
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
    public MessageContent invitation(SurveySummary survey, boolean reminder) {
        return new MessageContent(invitationText(survey, reminder), invitationBlocks(survey, reminder));
    }

    private static String invitationText(SurveySummary survey, boolean reminder) {
        return (reminder ? "Reminder: " : "") + "please answer the survey \"" + SlackReplies.escape(survey.title()) + "\" before it closes.";
    }

    private static String invitationBlocks(SurveySummary survey, boolean reminder) {
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
    public MessageContent closedInvitation(SurveySummary survey) {
        return new MessageContent("The survey \"" + SlackReplies.escape(survey.title()) + "\" has closed.", closedInvitationBlocks(survey));
    }

    private static String closedInvitationBlocks(SurveySummary survey) {
        String closed = ":lock: *" + SlackReplies.escape(survey.title()) + "* closed " + DateMarkup.of(survey.closesAt())
                + ", so it takes no more answers. Thank you to everyone who took part.";
        return GSON.toJson(List.of(section(s -> s.text(markdownText(SlackReplies.truncate(closed, SlackReplies.SECTION_TEXT_LIMIT))))));
    }

    @Override
    public MessageContent results(SurveyReport report) {
        return new MessageContent(resultsText(report), GSON.toJson(reports.blocks(report)));
    }

    private static String resultsText(SurveyReport report) {
        SurveySummary survey = report.survey();
        return "%s \"%s\" has closed: %d of %d answered (%d%%).".formatted(survey.reference(), SlackReplies.escape(survey.title()),
                survey.respondents(), survey.audienceSize(), survey.responseRatePercent());
    }

    @Override
    public String chartComment(SurveyReport report) {
        return "Results chart for %s \"%s\"".formatted(report.survey().reference(), SlackReplies.escape(report.survey().title()));
    }

    @Override
    public MessageContent note(SurveyNote note) {
        String mrkdwn = mrkdwn(note);
        List<LayoutBlock> blocks = List.of(section(s -> s.text(markdownText(SlackReplies.truncate(mrkdwn, SlackReplies.SECTION_TEXT_LIMIT)))));
        return new MessageContent(FallbackText.of(blocks), GSON.toJson(blocks));
    }

    private static String mrkdwn(SurveyNote note) {
        String survey = "*%s \"%s\"*".formatted(note.reference(), SlackReplies.escape(note.title()));
        if (note instanceof SurveyNote.Scheduled scheduled) {
            return ":white_check_mark: %s is scheduled. It opens %s and closes %s. "
                    .formatted(survey, DateMarkup.of(scheduled.opensAt()), DateMarkup.of(scheduled.closesAt()))
                    + "`/tc survey list` shows how answers are coming in.";
        }
        if (note instanceof SurveyNote.CouldNotOpen failed) {
            return ":warning: %s could not open and is cancelled: %s Build it again with `/tc survey new`.".formatted(survey, failed.why());
        }
        return ":warning: " + survey + " could not open: its audience has nobody in it. It is cancelled; "
                + "build it again with `/tc survey new` once the channel, user group or technician list has people.";
    }
}
