package org.techvoice.slack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.techvoice.draft.document.DraftService;
import org.techvoice.draft.document.SinceArgument;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc draft [since YYYY-MM-DD]}: acknowledges at once, compiles after the ack, DMs the files and a summary. */
@Component
class DraftSubcommand implements TcSubcommand {

    private final DraftService drafts;
    private final LeadAccess access;
    private final Executor afterAck;
    private final Clock clock;

    DraftSubcommand(DraftService drafts, LeadAccess access, @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck, Clock clock) {
        this.drafts = drafts;
        this.access = access;
        this.afterAck = afterAck;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "draft";
    }

    @Override
    public String usage() {
        return "[since YYYY-MM-DD]";
    }

    @Override
    public String summary() {
        return "Leads: compiles the self-assessment and action plan draft (Word and Markdown) and sends it to you by DM.";
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
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        String teamId = payload.getTeamId();
        String userId = payload.getUserId();
        if (!access.isLead(teamId, userId)) {
            return context.ack(SlackReplies.ephemeral(access.refusal(teamId, "pull the self-assessment draft")));
        }
        SinceArgument since = SinceArgument.parse(argument, LocalDate.now(clock));
        if (!since.valid()) {
            return context.ack(SlackReplies.ephemeral(":calendar: " + since.error()));
        }
        String requestId = payload.getTriggerId() != null ? payload.getTriggerId() : teamId + ":" + userId + ":" + clock.millis();
        afterAck.execute(() -> drafts.compileAndSend(teamId, userId, since.since(), requestId));
        String period = since.since() == null ? "since your signatory date, or all of it if none is set" : "since " + since.since();
        return context.ack(SlackReplies.ephemeral(":hourglass_flowing_sand: Compiling your self-assessment draft (evidence "
                + period + "). I'll send you the Word and Markdown files and a summary by DM in a minute or two."));
    }
}
