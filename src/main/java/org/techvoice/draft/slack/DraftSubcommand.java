package org.techvoice.draft.slack;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.techvoice.draft.document.DraftService;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * {@code /tc draft [canvas] [since YYYY-MM-DD]}: acknowledges at once, compiles after the ack, DMs the files and a summary,
 * and with {@code canvas} also a Slack canvas version.
 */
@Component
class DraftSubcommand implements TcSubcommand {

    private final DraftService drafts;
    private final LeadAccess access;
    private final Clock clock;

    DraftSubcommand(DraftService drafts, LeadAccess access, Clock clock) {
        this.drafts = drafts;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "draft";
    }

    @Override
    public String usage() {
        return "[canvas] [since YYYY-MM-DD]";
    }

    @Override
    public String summary() {
        return "Leads: compiles the self-assessment and action plan draft (Word and Markdown) and sends it to you by DM; "
                + "add `canvas` for a Slack canvas version too.";
    }

    @Override
    public String example() {
        return "draft since 2025-01-01";
    }

    @Override
    public int helpOrder() {
        return 500;
    }

    @Override
    public Audience audience() {
        return Audience.LEADS;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        String teamId = payload.getTeamId();
        String userId = payload.getUserId();
        if (!access.isLead(teamId, userId)) {
            return context.ack(SlackReplies.ephemeral(access.refusal(teamId, "pull the self-assessment draft")));
        }
        DraftOptions options = DraftOptions.parse(argument, LocalDate.now(clock));
        if (!options.valid()) {
            return context.ack(SlackReplies.ephemeral(":calendar: " + options.error()));
        }
        var since = options.since();
        String requestId = payload.getTriggerId() != null ? payload.getTriggerId() : teamId + ":" + userId + ":" + clock.millis();
        drafts.request(teamId, userId, since.since(), options.canvas(), requestId);
        String period = since.since() == null ? "since your signatory date, or all of it if none is set" : "since " + since.since();
        return context.ack(SlackReplies.ephemeral(":hourglass_flowing_sand: Compiling your self-assessment draft (evidence "
                + period + "). I'll send you the Word and Markdown files"
                + (options.canvas() ? ", a Slack canvas version" : "") + " and a summary by DM in a minute or two."));
    }
}
