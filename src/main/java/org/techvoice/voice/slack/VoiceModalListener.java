package org.techvoice.voice.slack;

import org.techvoice.slack.ModalState;
import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.Modals;
import org.techvoice.themes.slack.ThemeBlocks;
import org.techvoice.voice.VoiceReceipt;
import org.techvoice.voice.VoiceService;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;

/** Submissions of the technician-voice form. */
@Component
class VoiceModalListener implements BoltListener {

    private final VoiceService voice;

    VoiceModalListener(VoiceService voice) {
        this.voice = voice;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(VoiceBlocks.MODAL, (request, context) -> {
            var payload = request.getPayload();
            View view = payload.getView();
            ModalState state = ModalState.of(view);
            boolean anonymous = state.selectedAll(VoiceBlocks.ANONYMOUS).contains(VoiceBlocks.ANONYMOUS);
            try {
                VoiceReceipt receipt = voice.speak(payload.getTeam().getId(), payload.getUser().getId(), state.text(VoiceBlocks.TEXT),
                        anonymous, ThemeBlocks.parse(state.selectedAll(VoiceBlocks.THEMES)));
                return context.ackWithUpdate(Modals.done(VoiceBlocks.MODAL, "Technician voice", VoiceBlocks.confirmation(receipt)));
            } catch (EntryRejected rejected) {
                return context.ackWithErrors(Modals.error(Modals.blockId(rejected.field()), EntryRefusals.text(rejected)));
            }
        });
    }

}
