package org.techvoice.recognition.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.recognition.RecognitionHome;
import org.techvoice.slack.Counted;
import org.techvoice.slack.HomeSection;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.UserText;

import com.slack.api.model.block.LayoutBlock;

/**
 * The technician champions' part of the App Home: what their role is for. Their celebrations still waiting for the
 * colleague's answer, the network channel the approved ones go to, a button to celebrate someone, and a nudge to
 * paste in a team channel so colleagues log what they do (the evidence the self-assessment is built from).
 */
@Component
class ChampionHomeSection implements HomeSection {

    static final String CELEBRATE = "home_champion_celebrate";
    static final String NUDGE = "Done something this week others should know about: trained someone, improved a process, "
            + "ran an outreach event, sat on a committee? Type `/tc log` and what you did; it becomes part of our Technician "
            + "Commitment evidence. Ideas and concerns go in `/tc voice`, anonymously if you like.";

    private final RecognitionHome home;

    ChampionHomeSection(RecognitionHome home) {
        this.home = home;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public List<LayoutBlock> blocks(String teamId, String userId) {
        return home.champion(teamId, userId).map(ChampionHomeSection::render).orElse(List.of());
    }

    static List<LayoutBlock> render(RecognitionHome.ChampionHome champion) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Technician champion"))));
        String channel = champion.networkChannel().map(c -> "*Network channel for celebrations:* <#" + c + ">")
                .orElse("*Network channel for celebrations:* _not set yet_. Ask an admin to run `/tc config network #channel`"
                        + (champion.approvedUnposted() > 0 ? "; " + Counted.of(champion.approvedUnposted(), "approved celebration")
                                + " " + (champion.approvedUnposted() == 1 ? "waits" : "wait") + " for it." : "."));
        blocks.add(section(s -> s.text(markdownText(channel))));
        String waiting;
        if (champion.waitingCount() == 0) {
            waiting = "*Waiting for an answer:* none of your celebrations. Colleagues approve a celebration before it is posted.";
        } else {
            String lines = champion.waiting().stream().map(a -> "• *" + a.reference() + "* <@" + a.subjectUserId() + ">: "
                    + UserText.preview(a.text(), 100)).collect(Collectors.joining("\n"));
            String more = champion.waitingCount() > champion.waiting().size()
                    ? "\n_…and " + (champion.waitingCount() - champion.waiting().size()) + " more: `/tc mine` lists them all._" : "";
            waiting = "*Waiting for an answer* (" + Counted.of(champion.waitingCount(), "celebration") + " you started; posted only "
                    + "if they approve)\n" + lines + more;
        }
        String waitingText = SlackReplies.truncate(waiting, SlackReplies.SECTION_TEXT_LIMIT);
        blocks.add(section(s -> s.text(markdownText(waitingText))));
        blocks.add(section(s -> s.text(markdownText("*Encourage logging.* A nudge you can paste in a team channel:\n>" + NUDGE))));
        blocks.add(actions(a -> a.blockId("home_champion_actions").elements(List.of(
                button(b -> b.actionId(CELEBRATE).text(plainText("Celebrate on someone's behalf")).value("celebrate"))))));
        blocks.add(context(c -> c.elements(List.of(markdownText("Theme counts for the last 30 days are in *Your TechVoice* above; "
                + "`/tc role list` shows the other champions and the leads.")))));
        blocks.add(divider());
        return blocks;
    }
}
