package org.techvoice.draft.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.draft.actionplan.ActionItem;
import org.techvoice.draft.actionplan.ActionNudgeMessages;
import org.techvoice.slack.DateMarkup;
import org.techvoice.slack.SlackReplies;

import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;

/** The owner's monthly nudge: the action, its latest state and an Update button opening the usual update form. */
@Component
class SlackActionNudgeMessages implements ActionNudgeMessages {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    @Override
    public String text(ActionItem action) {
        return "How is " + action.reference() + " going? Please record its progress for the action plan.";
    }

    @Override
    public String blocks(ActionItem action) {
        String body = ":wave: You lead *" + SlackReplies.escape(action.reference()) + "* in the technician commitment action plan. "
                + "How is it going?\n>" + SlackReplies.escape(SlackReplies.truncate(action.description(), 600)).replace("\n", "\n>")
                + "\nLatest: " + ActionModals.emoji(action.rag()) + " " + action.rag().label() + " · " + action.status().label()
                + " · due " + DateMarkup.day(action.deadline());
        return GSON.toJson(List.of(
                section(s -> s.text(markdownText(SlackReplies.truncate(body, SlackReplies.SECTION_TEXT_LIMIT)))),
                actions(a -> a.elements(List.of(button(b -> b.actionId(ActionSubcommand.UPDATE_ACTION_ID).style("primary")
                        .value(Long.toString(action.id())).text(plainText("Update")))))),
                context(c -> c.elements(List.of(markdownText(
                        "I ask once a month until the action is done or dropped. A lead can switch these reminders off with `/tc action nudges off`."))))));
    }
}
