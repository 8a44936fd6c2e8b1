package org.techvoice.recognition.slack;

import org.techvoice.voice.slack.VoiceBlocks;
import org.techvoice.slack.ModalState;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;
import org.techvoice.recognition.CelebrationRefused;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.Modals;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;

/** Submissions of the celebrate form opened from the App Home. */
@Component
class CelebrateModalListener implements BoltListener {

    private final CelebrationService celebrations;

    CelebrateModalListener(CelebrationService celebrations) {
        this.celebrations = celebrations;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(RecognitionHomeSection.CELEBRATE_MODAL, (request, context) -> {
            var payload = request.getPayload();
            View view = payload.getView();
            String team = payload.getTeam().getId();
            ModalState state = ModalState.of(view);
            String person = state.selectedUser(RecognitionHomeSection.PERSON);
            if (person == null || person.isBlank()) {
                return context.ackWithErrors(Map.of(RecognitionHomeSection.PERSON, "Pick the person you are celebrating."));
            }
            try {
                var celebrated = celebrations.celebrate(team, payload.getUser().getId(), person, state.text(VoiceBlocks.TEXT));
                String reply = CelebrationReplies.reply(celebrated, celebrations.networkChannel(team));
                return context.ackWithUpdate(Modals.done(RecognitionHomeSection.CELEBRATE_MODAL, "Celebrate",
                        List.of(section(s -> s.text(markdownText(reply))))));
            } catch (CelebrationRefused refused) {
                return context.ackWithErrors(Map.of(RecognitionHomeSection.PERSON, CelebrationReplies.fieldRefusal(refused)));
            } catch (EntryRejected rejected) {
                return context.ackWithErrors(Modals.error(Modals.blockId(rejected.field()), EntryRefusals.text(rejected)));
            }
        });
    }
}
