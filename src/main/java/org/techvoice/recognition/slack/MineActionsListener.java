package org.techvoice.recognition.slack;

import org.springframework.stereotype.Component;
import org.techvoice.recognition.OwnEntries;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.InteractionReplies;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.SlackReplies;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;

/** Edit and Delete in the {@code /tc mine} list. */
@Component
class MineActionsListener implements BoltListener {

    private final OwnEntries entries;
    private final InteractionReplies replies;

    MineActionsListener(OwnEntries entries, InteractionReplies replies) {
        this.entries = entries;
        this.replies = replies;
    }

    @Override
    public void register(App app) {
        app.blockAction(MineBlocks.DELETE, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            String team = payload.getTeam().getId();
            String user = payload.getUser().getId();
            String reference = payload.getActions().get(0).getValue();
            String notice = switch (entries.delete(team, user, reference == null ? "" : reference)) {
                case DONE -> ":wastebasket: Deleted " + SlackReplies.escape(reference) + ".";
                case NOT_FOUND -> ":grey_question: That entry no longer exists: it may have been deleted already.";
                case NOT_YOURS, ONLY_THE_SUBJECT_MAY_REWORD -> ":lock: That entry isn't yours to delete.";
            };
            replies.replace(payload, context, notice, MineBlocks.list(entries.list(team, user), notice));
            return context.ack();
        });
        app.blockAction(MineBlocks.EDIT, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            String reference = payload.getActions().get(0).getValue();
            var entry = entries.find(payload.getTeam().getId(), payload.getUser().getId(), reference == null ? "" : reference);
            if (entry.isEmpty()) {
                replies.note(payload, context, ":grey_question: That entry no longer exists: it may have been deleted already.");
            } else if (!entry.get().editable()) {
                replies.note(payload, context, ":lock: " + MineBlocks.ONLY_THE_SUBJECT_MAY_REWORD);
            } else if (!ModalOpener.open(context.client(), payload.getTriggerId(), MineBlocks.editModal(entry.get()))) {
                replies.note(payload, context, ModalOpener.COULD_NOT_OPEN);
            }
            return context.ack();
        });
    }
}
