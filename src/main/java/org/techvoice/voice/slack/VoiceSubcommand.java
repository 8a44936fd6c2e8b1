package org.techvoice.voice.slack;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;

import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.SlackExecutors;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;
import org.techvoice.voice.EntryFollowUp;
import org.techvoice.voice.VoiceReceipt;
import org.techvoice.voice.VoiceView;
import org.techvoice.voice.VoiceService;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc voice <text>}: anonymous technician voice; alone, it opens the form. */
@Component
class VoiceSubcommand implements TcSubcommand {

    /** {@code status} and at most one more word: a longer text starting "status" is something said, not a look-up. */
    private static final Pattern STATUS = Pattern.compile("(?i)status(?:\\s+(\\S+))?");
    private static final Logger log = LoggerFactory.getLogger(VoiceSubcommand.class);

    private final VoiceService voice;
    private final ObjectProvider<EntryFollowUp> followUps;
    private final Executor afterAck;

    VoiceSubcommand(VoiceService voice, ObjectProvider<EntryFollowUp> followUps, @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck) {
        this.voice = voice;
        this.followUps = followUps;
        this.afterAck = afterAck;
    }

    @Override
    public String name() {
        return "voice";
    }

    @Override
    public String usage() {
        return "[idea, concern or suggestion] | status <follow code>";
    }

    @Override
    public String summary() {
        return "Speak up, anonymously unless you choose otherwise. On its own it opens a form where you can add your name.";
    }

    @Override
    public String example() {
        return "voice Could we have protected time for CPD each month?";
    }

    @Override
    public int helpOrder() {
        return 10;
    }

    @Override
    public Response handle(String argument, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        if (argument.isEmpty()) {
            return ModalOpener.open(context.client(), payload.getTriggerId(), VoiceBlocks.modal(null))
                    ? context.ack() : context.ack(SlackReplies.ephemeral(ModalOpener.COULD_NOT_OPEN));
        }
        Matcher status = STATUS.matcher(argument.strip());
        if (status.matches()) {
            return status(status.group(1), payload.getTeamId(), context);
        }
        try {
            VoiceReceipt receipt = voice.speak(payload.getTeamId(), payload.getUserId(), argument, true, Set.of());
            return context.ack(SlackReplies.ephemeral("Saved as " + receipt.entry().reference(), VoiceBlocks.confirmation(receipt)));
        } catch (EntryRejected rejected) {
            return context.ack(SlackReplies.ephemeral(":warning: " + EntryRefusals.text(rejected)));
        }
    }

    /**
     * {@code /tc voice status <code>}: a code that opens nothing gets one answer whatever the reason (mistyped, made up,
     * another entry's, deleted), so trying codes tells nobody anything. The look-up of findings can take a while, so it
     * is answered after the ack.
     */
    private Response status(String code, String teamId, SlashCommandContext context) {
        if (code == null) {
            return context.ack(SlackReplies.ephemeral(":mag: Add the follow code from your confirmation, e.g. `/tc voice status V12-K7Q2MX9P`."));
        }
        Optional<VoiceView> entry = voice.followed(teamId, code);
        if (entry.isEmpty()) {
            return context.ack(SlackReplies.ephemeral(FollowUpBlocks.UNKNOWN));
        }
        afterAck.execute(() -> {
            try {
                EntryFollowUp.FollowUp followUp = followUps.stream().findFirst()
                        .map(source -> source.followUp(teamId, entry.get()))
                        .orElse(new EntryFollowUp.FollowUp(List.of(), List.of()));
                var blocks = FollowUpBlocks.blocks(entry.get(), followUp);
                context.respond(r -> r.responseType("ephemeral").text("What became of " + entry.get().reference()).blocks(blocks));
            } catch (Exception e) {
                log.warn("The follow-up of a voice entry in {} could not be sent: {}", teamId, e.getMessage());
            }
        });
        return context.ack(SlackReplies.ephemeral(":mag: Looking up what became of " + entry.get().reference() + "…"));
    }
}
