package org.techvoice.recognition.slack;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.InteractionReplies;
import org.techvoice.slack.ModalOpener;
import org.techvoice.voice.slack.VoiceBlocks;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;

/** The App Home's buttons of voice and recognition (the three for everyone, the champion's Celebrate): each opens its form. */
@Component
class HomeActionsListener implements BoltListener {

    private final InteractionReplies replies;
    private final Clock clock;

    HomeActionsListener(InteractionReplies replies, Clock clock) {
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public void register(App app) {
        app.blockAction(RecognitionHomeSection.VOICE, (request, context) -> open(request.getPayload(), context, VoiceBlocks.modal(null)));
        app.blockAction(RecognitionHomeSection.LOG, (request, context) -> open(request.getPayload(), context, LogBlocks.modal(LocalDate.now(clock))));
        app.blockAction(RecognitionHomeSection.CELEBRATE, (request, context) -> open(request.getPayload(), context,
                RecognitionHomeSection.celebrateModal()));
        app.blockAction(ChampionHomeSection.CELEBRATE, (request, context) -> open(request.getPayload(), context,
                RecognitionHomeSection.celebrateModal()));
    }

    private com.slack.api.bolt.response.Response open(com.slack.api.app_backend.interactive_components.payload.BlockActionPayload payload,
            com.slack.api.bolt.context.builtin.ActionContext context, View view) {
        if (!ModalOpener.open(context.client(), payload.getTriggerId(), view)) {
            replies.note(payload, context, ModalOpener.COULD_NOT_OPEN);
        }
        return context.ack();
    }
}
