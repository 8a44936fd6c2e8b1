package org.techvoice.recognition.slack;

import org.springframework.stereotype.Component;
import org.techvoice.recognition.CelebrationService;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.InteractionReplies;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;

/** Approve / Keep private on a celebration's consent DM. The DM itself is updated through the outbox. */
@Component
class ConsentActionsListener implements BoltListener {

    private final CelebrationService celebrations;
    private final InteractionReplies replies;

    ConsentActionsListener(CelebrationService celebrations, InteractionReplies replies) {
        this.celebrations = celebrations;
        this.replies = replies;
    }

    @Override
    public void register(App app) {
        app.blockAction(RecognitionBlocks.APPROVE, (request, context) -> answer(request.getPayload(), context, true));
        app.blockAction(RecognitionBlocks.KEEP_PRIVATE, (request, context) -> answer(request.getPayload(), context, false));
    }

    private com.slack.api.bolt.response.Response answer(BlockActionPayload payload, ActionContext context, boolean approve) {
        String value = payload.getActions().get(0).getValue();
        if (value == null || !value.matches("[0-9]{1,18}")) {
            replies.note(payload, context, InteractionReplies.ENTRY_GONE);
            return context.ack();
        }
        var answer = celebrations.answer(payload.getTeam().getId(), payload.getUser().getId(), Long.parseLong(value), approve);
        switch (answer) {
            case POSTED, KEPT_PRIVATE -> { } // the DM is rewritten by the outbox update
            case WAITING_FOR_CHANNEL -> replies.note(payload, context, ":hourglass: Thank you! It will be posted as soon as an admin "
                    + "sets the technician-network channel.");
            case ALREADY_ANSWERED -> replies.note(payload, context, ":information_source: You already answered this one. "
                    + "Change your mind with `/tc mine`, where you can delete it.");
            case NOT_FOUND -> replies.note(payload, context, ":grey_question: This celebration no longer exists: it was withdrawn.");
            case NOT_YOURS -> replies.note(payload, context, ":lock: Only the person being celebrated can answer this.");
        }
        return context.ack();
    }
}
