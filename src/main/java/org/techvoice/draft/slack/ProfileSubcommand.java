package org.techvoice.draft.slack;

import org.springframework.stereotype.Component;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc profile}: leads edit the organisation profile in a modal holding the current answers. */
@Component
class ProfileSubcommand implements TcSubcommand {

    private final ProfileService profiles;
    private final LeadAccess access;

    ProfileSubcommand(ProfileService profiles, LeadAccess access) {
        this.profiles = profiles;
        this.access = access;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public String summary() {
        return "Leads: edit the organisation profile that opens the self-assessment (name, 250-word profile, lead, web page, "
                + "the stage you are preparing and the plan's length).";
    }

    @Override
    public String example() {
        return "profile";
    }

    @Override
    public int helpOrder() {
        return 510;
    }

    @Override
    public Audience audience() {
        return Audience.LEADS;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) throws Exception {
        var payload = request.getPayload();
        if (!access.isLead(payload.getTeamId(), payload.getUserId())) {
            return context.ack(SlackReplies.ephemeral(access.refusal(payload.getTeamId(), "edit the organisation profile")));
        }
        if (!argument.isEmpty()) {
            return context.ack(SlackReplies.ephemeral("`/tc profile` takes nothing after it: it opens a form with your current answers."));
        }
        return ModalOpener.openForCommand(context, payload.getTriggerId(), ProfileModal.open(profiles.current(payload.getTeamId()),
                profiles.stageAnswers(payload.getTeamId())), "/tc profile");
    }
}
