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
import org.techvoice.recognition.OwnEntries;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.Modals;
import org.techvoice.slack.SlackReplies;
import org.techvoice.themes.slack.ThemeBlocks;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;

/** Submissions of the edit form opened from {@code /tc mine}. */
@Component
class EditModalListener implements BoltListener {

    private final OwnEntries entries;

    EditModalListener(OwnEntries entries) {
        this.entries = entries;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(MineBlocks.EDIT_MODAL, (request, context) -> {
            var payload = request.getPayload();
            View view = payload.getView();
            String reference = view.getPrivateMetadata() == null ? "" : view.getPrivateMetadata();
            try {
                return switch (entries.edit(payload.getTeam().getId(), payload.getUser().getId(), reference, ModalState.of(view).text(VoiceBlocks.TEXT),
                        ThemeBlocks.parse(ModalState.of(view).selectedAll(VoiceBlocks.THEMES)))) {
                    case DONE -> context.ackWithUpdate(Modals.done(MineBlocks.EDIT_MODAL, "Saved", List.of(section(s -> s.text(
                            markdownText(":white_check_mark: Saved your changes to *" + SlackReplies.escape(reference) + "*."))))));
                    case NOT_FOUND -> context.ackWithErrors(Map.of(VoiceBlocks.TEXT, "This entry no longer exists: it may have been deleted."));
                    case NOT_YOURS -> context.ackWithErrors(Map.of(VoiceBlocks.TEXT, "This entry isn't yours to edit."));
                    case ONLY_THE_SUBJECT_MAY_REWORD -> context.ackWithErrors(Map.of(VoiceBlocks.TEXT, MineBlocks.ONLY_THE_SUBJECT_MAY_REWORD));
                };
            } catch (EntryRejected rejected) {
                return context.ackWithErrors(Modals.error(Modals.blockId(rejected.field()), EntryRefusals.text(rejected)));
            }
        });
    }
}
