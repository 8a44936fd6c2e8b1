package org.techvoice.recognition.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.recognition.CelebrationRefused;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.Modals;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

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
            String person = Modals.value(view, "person").map(ViewState.Value::getSelectedUser).orElse(null);
            if (person == null || person.isBlank()) {
                return context.ackWithErrors(Map.of("person", "Pick the person you are celebrating."));
            }
            try {
                var celebrated = celebrations.celebrate(team, payload.getUser().getId(), person, Modals.text(view, "text"));
                String reply = CelebrationReplies.reply(celebrated, celebrations.networkChannel(team));
                return context.ackWithUpdate(Modals.done(RecognitionHomeSection.CELEBRATE_MODAL, "Celebrate",
                        List.of(section(s -> s.text(markdownText(reply))))));
            } catch (CelebrationRefused refused) {
                return context.ackWithErrors(Map.of("person", CelebrationReplies.fieldRefusal(refused)));
            } catch (EntryRejected rejected) {
                return context.ackWithErrors(Modals.error(Modals.blockId(rejected.field()), rejected.getMessage()));
            }
        });
    }
}
