package org.techvoice.recognition.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.techvoice.recognition.AchievementView;
import org.techvoice.recognition.EvidenceRequest;
import org.techvoice.outbox.MessageContent;
import org.techvoice.recognition.RecognitionMessages;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.UserText;
import org.techvoice.themes.ThemeSuggestion;
import org.techvoice.themes.slack.ThemeBlocks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.util.json.GsonFactory;

/** Block Kit for what recognition sends through the outbox. User text is always shown escaped. */
@Component
class RecognitionBlocks implements RecognitionMessages {

    static final String APPROVE = "achievement_approve";
    static final String KEEP_PRIVATE = "achievement_keep_private";
    static final String EVIDENCE_APPROVE = "evidence_approve";
    static final String EVIDENCE_DECLINE = "evidence_decline";
    static final String EVIDENCE_TEXT_BLOCK = "evidence_text";

    private static final ObjectMapper json = new ObjectMapper();

    @Override
    public MessageContent consentRequest(AchievementView a) {
        String intro = ":tada: <@" + a.celebratedBy() + "> would like to celebrate you in the technician network channel:";
        String value = Long.toString(a.id());
        return content(intro.replace(":tada: ", "") + " " + UserText.preview(a.text(), 200), List.of(
                section(s -> s.text(markdownText(intro))),
                quote(a.text()),
                context(c -> c.elements(List.of(markdownText(ThemeBlocks.line(a.themes(), List.of()) + " · " + a.reference())))),
                actions(b -> b.blockId("consent:" + a.id()).elements(List.of(
                        button(x -> x.actionId(APPROVE).style("primary").text(plainText("Approve")).value(value)),
                        button(x -> x.actionId(KEEP_PRIVATE).text(plainText("Keep private")).value(value))))),
                context(c -> c.elements(List.of(markdownText(
                        "Nothing is posted unless you approve. _Keep private_ keeps it in your own record only (see `/tc mine`)."))))));
    }

    @Override
    public MessageContent consentAnswered(AchievementView a, ConsentAnswer answer) {
        String outcome = switch (answer) {
            case APPROVED -> ":white_check_mark: You approved this celebration; it goes to the technician network channel.";
            case KEPT_PRIVATE -> ":lock: You kept this private: nothing was posted. It stays in your own record (`/tc mine`).";
            case WITHDRAWN -> ":wastebasket: This celebration was withdrawn, so there is nothing to answer any more.";
        };
        return content(outcome, List.of(section(s -> s.text(markdownText(outcome))), quote(a.text())));
    }

    /** Kept private is said plainly and warmly, never as a refusal (why we tell at all: CelebrationService). */
    @Override
    public MessageContent celebrationOutcome(AchievementView a, ConsentAnswer answer, String channelId) {
        String who = "<@" + a.subjectUserId() + ">";
        String text = switch (answer) {
            case KEPT_PRIVATE -> ":lock: " + who + " saw your celebration and chose to keep it to themselves, so nothing was posted."
                    + " It stays in their own record. Thank you for noticing their work: being seen matters, whether or not it is shared.";
            case APPROVED -> channelId == null
                    ? ":tada: " + who + " approved your celebration. It will appear in the technician network channel as soon as an admin sets it."
                    : ":tada: " + who + " approved your celebration: it is now in <#" + channelId + ">. Thank you for celebrating a colleague!";
            case WITHDRAWN -> ":wastebasket: This celebration was withdrawn.";
        };
        return content(text, List.of(section(s -> s.text(markdownText(text))), quote(a.text())));
    }

    @Override
    public MessageContent celebrationPost(AchievementView a) {
        String headline = a.celebratedBy() == null ? ":tada: A colleague celebrates <@" + a.subjectUserId() + ">!"
                : a.own() ? ":tada: <@" + a.subjectUserId() + "> shares an achievement!"
                : ":tada: <@" + a.celebratedBy() + "> celebrates <@" + a.subjectUserId() + ">!";
        return content(headline.replace(":tada: ", "") + " " + UserText.preview(a.text(), 200), List.of(
                section(s -> s.text(markdownText(headline))),
                quote(a.text()),
                context(c -> c.elements(List.of(markdownText(ThemeBlocks.line(a.themes(), List.of()) + " · " + a.reference()))))));
    }

    @Override
    public MessageContent celebrationWithdrawn() {
        String text = ":wastebasket: _This celebration was withdrawn._";
        return content("This celebration was withdrawn.", List.of(section(s -> s.text(markdownText(text)))));
    }

    @Override
    public MessageContent networkChannelMissing(int waiting) {
        String text = ":hourglass: " + waiting + (waiting == 1 ? " celebration is" : " celebrations are")
                + " approved and waiting: TechVoice has no technician-network channel to post in yet.\n"
                + "Set it with `/tc config network #your-channel` (admins only). Everything waiting is posted as soon as it is set.";
        return content(text.replace(":hourglass: ", ""), List.of(section(s -> s.text(markdownText(text)))));
    }

    @Override
    public MessageContent evidenceRequest(EvidenceRequest r, List<ThemeSuggestion> suggestions) {
        String intro = ":mag: <@" + r.requesterId() + "> would like to log your message in <#" + r.channelId()
                + "> as TechVoice evidence of your work. Nothing is stored unless you agree:";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(intro))));
        // plain text, so the words come back unchanged in the button's payload: nothing is stored before the answer
        blocks.add(section(s -> s.blockId(EVIDENCE_TEXT_BLOCK).text(plainText(p -> p.text(r.text()).emoji(false)))));
        if (!suggestions.isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(ThemeBlocks.line(
                    suggestions.stream().map(ThemeSuggestion::theme).collect(java.util.stream.Collectors.toSet()), suggestions))))));
        }
        String value = requestValue(r);
        blocks.add(actions(b -> b.blockId("evidence").elements(List.of(
                button(x -> x.actionId(EVIDENCE_APPROVE).style("primary").text(plainText("Log it as my contribution")).value(value)),
                button(x -> x.actionId(EVIDENCE_DECLINE).text(plainText("No thanks")).value(value))))));
        return content("Can " + "this message be logged as TechVoice evidence of your work?", blocks);
    }

    @Override
    public MessageContent evidenceAnswered(EvidenceRequest r, String reference) {
        String text = reference == null ? ":ok_hand: Not logged. <@" + r.requesterId() + "> will hear that you said no thanks."
                : ":white_check_mark: Logged as your contribution *" + reference + "*. Edit or delete it any time with `/tc mine`.";
        return content(text, List.of(section(s -> s.text(markdownText(text))),
                section(s -> s.text(plainText(p -> p.text(SlackReplies.truncate(r.text(), SlackReplies.SECTION_TEXT_LIMIT)).emoji(false))))));
    }

    @Override
    public MessageContent evidenceOutcomeForRequester(EvidenceRequest r, String reference) {
        String text = reference == null
                ? ":ok_hand: <@" + r.authorId() + "> preferred not to log their message in <#" + r.channelId() + "> as evidence."
                : ":white_check_mark: <@" + r.authorId() + "> logged their message in <#" + r.channelId() + "> as evidence (" + reference + "). Thank you for spotting it!";
        return content(text, List.of(section(s -> s.text(markdownText(text)))));
    }

    /** What the evidence buttons carry besides the text (well under the 2,000-character value limit). */
    static String requestValue(EvidenceRequest r) {
        try {
            return json.writeValueAsString(Map.of("r", r.requesterId(), "a", r.authorId(), "c", r.channelId(), "ts", r.messageTs(),
                    "d", r.postedOn().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LayoutBlock quote(String userText) {
        MarkdownTextObject text = MarkdownTextObject.builder().text(UserText.section(userText)).verbatim(true).build();
        return section(s -> s.text(text));
    }

    static MessageContent content(String text, List<LayoutBlock> blocks) {
        return new MessageContent(SlackReplies.truncate(text, SlackReplies.SECTION_TEXT_LIMIT),
                GsonFactory.createSnakeCase().toJson(blocks));
    }
}
