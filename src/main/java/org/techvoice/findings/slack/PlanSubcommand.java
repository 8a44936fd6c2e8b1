package org.techvoice.findings.slack;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.techvoice.draft.slack.LeadAccess;
import org.techvoice.slack.SlackExecutors;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;
import org.techvoice.themes.Theme;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * {@code /tc plan [theme]}: the lead's review of what technicians told us. Reading the evidence can take seconds in a
 * large workspace, so the command answers at once and the review follows through the command's response_url.
 */
@Component
class PlanSubcommand implements TcSubcommand {

    private static final Logger log = LoggerFactory.getLogger(PlanSubcommand.class);

    static final String READING = ":hourglass_flowing_sand: Reading what technicians said… your review of findings and proposed "
            + "actions appears here in a moment.";

    private final PlanReplies replies;
    private final LeadAccess access;
    private final Executor afterAck;
    private final GapMatchCommands gapMatches;

    PlanSubcommand(PlanReplies replies, LeadAccess access, @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck,
            GapMatchCommands gapMatches) {
        this.gapMatches = gapMatches;
        this.replies = replies;
        this.access = access;
        this.afterAck = afterAck;
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String usage() {
        return "[theme] | wrong <activity> <evidence> | undo <activity> <evidence>";
    }

    @Override
    public String summary() {
        return "Leads: review what technicians told us, grouped into findings per theme, with proposed actions to accept, edit or dismiss; "
                + "mark a match of the draft's gap analysis wrong (`wrong VIS-9 C-12`) or undo it.";
    }

    @Override
    public String example() {
        return "plan career";
    }

    @Override
    public int helpOrder() {
        return 515;
    }

    @Override
    public Audience audience() {
        return Audience.LEADS;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        String teamId = payload.getTeamId();
        List<String> words = argument.isBlank() ? List.of() : List.of(argument.strip().split("\\s+"));
        boolean gapMatch = !words.isEmpty() && GapMatchCommands.handles(words.get(0));
        if (!access.isLead(teamId, payload.getUserId())) {
            return context.ack(SlackReplies.ephemeral(access.refusal(teamId,
                    gapMatch ? "correct the draft's gap analysis" : "review the findings and proposed actions")));
        }
        if (gapMatch) {
            return context.ack(SlackReplies.ephemeral(gapMatches.answer(teamId, payload.getUserId(), words)));
        }
        Optional<Theme> only = Optional.empty();
        if (!argument.isBlank()) {
            only = theme(argument);
            if (only.isEmpty()) {
                return context.ack(SlackReplies.ephemeral(":grey_question: I don't know the theme \"" + SlackReplies.escape(
                        SlackReplies.truncate(argument.strip(), 60)) + "\". Use `/tc plan` for every theme, or one of: `visibility`, "
                        + "`recognition`, `career`, `sustainability`, `impact`."));
            }
        }
        Theme theme = only.orElse(null);
        afterAck.execute(() -> {
            try {
                var blocks = replies.message(teamId, theme, null);
                context.respond(r -> r.responseType("ephemeral").text("Your action plan review").blocks(blocks));
            } catch (Exception e) {
                log.warn("The plan review for {} could not be sent: {}", teamId, e.getMessage());
            }
        });
        return context.ack(SlackReplies.ephemeral(READING));
    }

    /** A theme by its name or the first word of it: "career", "Career Development", "impact", "evaluating". */
    static Optional<Theme> theme(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Arrays.stream(Theme.values()).filter(t -> {
            String name = t.displayName().toLowerCase(Locale.ROOT);
            return name.equals(wanted) || Arrays.asList(name.split(" ")).contains(wanted) || t.name().equalsIgnoreCase(wanted.replace(' ', '_'));
        }).findFirst();
    }
}
