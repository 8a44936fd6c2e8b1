package org.techvoice.draft.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.draft.profile.ProfileDetails;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.slack.HomeSection;
import org.techvoice.slack.SlackReplies;

import com.slack.api.model.block.LayoutBlock;

/**
 * The leads' (and admins') part of the App Home for the self-assessment: pull the draft, edit the organisation profile,
 * add to the action plan. The review of findings and proposed actions follows it (the findings feature's own part,
 * {@code /tc plan}'s buttons), so this part only points to it.
 */
@Component
class DraftHomeSection implements HomeSection {

    static final String PULL = "home_draft_pull";
    static final String PULL_CANVAS = "home_draft_canvas";
    static final String PROFILE = "home_profile_open";
    static final String ADD_ACTION = "home_action_add";

    private final LeadAccess access;
    private final ProfileService profiles;

    DraftHomeSection(LeadAccess access, ProfileService profiles) {
        this.access = access;
        this.profiles = profiles;
    }

    @Override
    public int order() {
        // after everyone's own part and the champion's, before the review of findings (20)
        return 15;
    }

    @Override
    public List<LayoutBlock> blocks(String teamId, String userId) {
        if (!access.isLead(teamId, userId)) {
            return List.of();
        }
        ProfileDetails profile = profiles.current(teamId);
        String organisation = profile.organisationName() == null || profile.organisationName().isBlank()
                ? "_not filled in yet_: the draft opens with it, so start there"
                : "*" + SlackReplies.escape(profile.organisationName()) + "*";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your self-assessment"))));
        blocks.add(section(s -> s.text(markdownText("You lead the Technician Commitment self-assessment. The draft is compiled "
                + "from technicians' voice, contributions, celebrations, surveys, the organisation profile and the action plan; "
                + "it comes by DM as Word and Markdown, every number citing its source.\n*Organisation profile:* " + organisation))));
        blocks.add(actions(a -> a.blockId("home_draft_actions").elements(List.of(
                button(b -> b.actionId(PULL).text(plainText("Pull the draft")).value("draft").style("primary")),
                button(b -> b.actionId(PULL_CANVAS).text(plainText("Draft as a canvas")).value("canvas")),
                button(b -> b.actionId(PROFILE).text(plainText("Organisation profile")).value("profile")),
                button(b -> b.actionId(ADD_ACTION).text(plainText("Add an action")).value("action"))))));
        blocks.add(context(c -> c.elements(List.of(markdownText("`/tc action list` shows the plan with an Update button per "
                + "action; `/tc draft since YYYY-MM-DD` limits the evidence to a period. What technicians told you, grouped "
                + "into findings with proposed actions to accept, edit or dismiss, is just below.")))));
        return blocks;
    }
}
