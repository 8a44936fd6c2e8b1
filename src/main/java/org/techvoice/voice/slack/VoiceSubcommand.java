package org.techvoice.voice.slack;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.SlackReplies;
import org.techvoice.slack.TcSubcommand;
import org.techvoice.voice.VoiceReceipt;
import org.techvoice.voice.VoiceService;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** {@code /tc voice <text>}: anonymous technician voice; alone, it opens the form. */
@Component
class VoiceSubcommand implements TcSubcommand {

    private final VoiceService voice;

    VoiceSubcommand(VoiceService voice) {
        this.voice = voice;
    }

    @Override
    public String name() {
        return "voice";
    }

    @Override
    public String usage() {
        return "[idea, concern or suggestion]";
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
        try {
            VoiceReceipt receipt = voice.speak(payload.getTeamId(), payload.getUserId(), argument, true, Set.of());
            return context.ack(SlackReplies.ephemeral("Saved as " + receipt.entry().reference(), VoiceBlocks.confirmation(receipt)));
        } catch (EntryRejected rejected) {
            return context.ack(SlackReplies.ephemeral(":warning: " + rejected.getMessage()));
        }
    }
}
