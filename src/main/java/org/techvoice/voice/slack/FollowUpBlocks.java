package org.techvoice.voice.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.ArrayList;
import java.util.List;

import org.techvoice.slack.DateMarkup;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.UserText;
import org.techvoice.voice.EntryFollowUp;
import org.techvoice.voice.VoiceView;

import com.slack.api.model.block.LayoutBlock;

/** The words of {@code /tc voice status}: what became of an entry, seen only by whoever holds its code. */
final class FollowUpBlocks {

    static final String UNKNOWN = ":grey_question: That follow code does not open anything. Check it against the one in the "
            + "confirmation you got when you spoke up (it looks like `V12-K7Q2MX9P`). A lost code cannot be looked up: "
            + "TechVoice keeps nothing that links a code to anyone.";

    private FollowUpBlocks() {
    }

    static List<LayoutBlock> blocks(VoiceView entry, EntryFollowUp.FollowUp followUp) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":mag: *What became of " + entry.reference() + "*\n>"
                + UserText.preview(entry.text(), 280)))));
        if (followUp.findings().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("It is with the TechVoice lead, but has not been grouped with what others said "
                    + "yet: findings are made when the lead reviews them (`/tc plan`). Check again later."))));
        } else {
            StringBuilder joined = new StringBuilder("*It joined:*");
            followUp.findings().forEach(f -> joined.append("\n• ").append(UserText.preview(f.title(), 200)).append(" (")
                    .append(f.theme().displayName()).append(", ").append(f.reference()).append("): ").append(state(f.state())));
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(joined.toString(), SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        if (!followUp.actions().isEmpty()) {
            StringBuilder actions = new StringBuilder("*What is being done:*");
            followUp.actions().forEach(a -> actions.append("\n• *").append(a.reference()).append("* ")
                    .append(UserText.preview(a.description(), 300))
                    .append(a.lead() == null || a.lead().isBlank() ? "" : " · " + UserText.previewKeepingPeople(a.lead(), 80))
                    .append(a.deadline() == null ? "" : " · by " + DateMarkup.month(a.deadline()))
                    .append(" · status: ").append(a.status()));
            blocks.add(section(s -> s.text(markdownText(SlackReplies.truncate(actions.toString(), SlackReplies.SECTION_TEXT_LIMIT)))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText("Only you see this. The code opens this entry and nothing else.")))));
        return blocks;
    }

    private static String state(EntryFollowUp.State state) {
        return switch (state) {
            case WAITING_FOR_REVIEW -> "waiting for the lead's review";
            case IN_THE_PLAN -> "an action in the plan answers it";
            case ALREADY_COVERED -> "the plan already covers it";
            case DECIDED_AGAINST -> "the lead decided not to act on it for now (the reason is in the self-assessment)";
        };
    }
}
