package org.techvoice.recognition.slack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;
import org.techvoice.recognition.ContributionDraft;
import org.techvoice.recognition.ContributionKind;
import org.techvoice.recognition.ContributionService;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc log <text>}: log one's own contribution; alone, it opens the full form. */
@Component
class LogSubcommand implements TcSubcommand {

    private final ContributionService contributions;
    private final Clock clock;

    LogSubcommand(ContributionService contributions, Clock clock) {
        this.contributions = contributions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public String usage() {
        return "[what you did]";
    }

    @Override
    public String summary() {
        return "Log your own contribution: a research output, teaching, outreach, training given, a committee seat, a process "
                + "improved... On its own it opens a form with the kind, date, evidence link, collaborators and themes.";
    }

    @Override
    public String example() {
        return "log Ran the school outreach day on microscopy for 60 Year 10 pupils";
    }

    @Override
    public int helpOrder() {
        return 20;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        if (argument.isEmpty()) {
            return ModalOpener.open(context.client(), payload.getTriggerId(), LogBlocks.modal(LocalDate.now(clock)))
                    ? context.ack() : context.ack(SlackReplies.ephemeral(ModalOpener.COULD_NOT_OPEN));
        }
        try {
            ContributionService.Logged logged = contributions.log(payload.getTeamId(), payload.getUserId(),
                    new ContributionDraft(null, argument, null, null, List.of(), Set.of()));
            return context.ack(SlackReplies.ephemeral("Logged as " + logged.contribution().reference(), LogBlocks.confirmation(logged, false)));
        } catch (EntryRejected rejected) {
            return context.ack(SlackReplies.ephemeral(":warning: " + EntryRefusals.text(rejected)));
        }
    }
}
