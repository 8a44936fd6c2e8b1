package org.techvoice.voice.slack;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.InteractionReplies;
import org.techvoice.themes.Theme;
import org.techvoice.themes.slack.ThemeBlocks;
import org.techvoice.voice.EntryChange;
import org.techvoice.voice.VoiceService;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;

/** The change-theme menu and delete button on a voice confirmation. */
@Component
class VoiceActionsListener implements BoltListener {

    static final String NOT_YOURS = ":lock: Only the person who wrote that entry can change it.";

    private final VoiceService voice;
    private final InteractionReplies replies;

    VoiceActionsListener(VoiceService voice, InteractionReplies replies) {
        this.voice = voice;
        this.replies = replies;
    }

    @Override
    public void register(App app) {
        app.blockAction(VoiceBlocks.CHANGE_THEME, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            BlockActionPayload.Action action = payload.getActions().get(0);
            Set<Theme> chosen = action.getSelectedOption() == null ? Set.of()
                    : ThemeBlocks.parse(java.util.List.of(action.getSelectedOption().getValue()));
            Optional<VoiceBlocks.Controls> controls = VoiceBlocks.parseControls(action.getBlockId());
            if (controls.isEmpty() || chosen.isEmpty()) {
                replies.note(payload, context, InteractionReplies.ENTRY_GONE);
                return context.ack();
            }
            String team = payload.getTeam().getId();
            try {
                EntryChange change = voice.changeThemes(team, controls.get().id(), controls.get().token(), payload.getUser().getId(), chosen);
                answer(payload, context, change, () -> voice.find(team, controls.get().id())
                        .ifPresent(entry -> replies.replace(payload, context, "Theme changed",
                                VoiceBlocks.confirmation(entry, controls.get().token(), java.util.List.of()))));
            } catch (EntryRejected rejected) {
                replies.note(payload, context, ":warning: " + EntryRefusals.text(rejected));
            }
            return context.ack();
        });
        app.blockAction(VoiceBlocks.DELETE, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            BlockActionPayload.Action action = payload.getActions().get(0);
            Optional<VoiceBlocks.Controls> controls = VoiceBlocks.parseControls(action.getBlockId());
            if (controls.isEmpty()) {
                replies.note(payload, context, InteractionReplies.ENTRY_GONE);
                return context.ack();
            }
            EntryChange change = voice.delete(payload.getTeam().getId(), controls.get().id(), controls.get().token(),
                    payload.getUser().getId());
            answer(payload, context, change, () -> replies.replace(payload, context, "Deleted",
                    VoiceBlocks.gone(":wastebasket: Deleted. Nothing of that entry is kept.")));
            return context.ack();
        });
    }

    private void answer(BlockActionPayload payload, ActionContext context, EntryChange change, Runnable done) {
        switch (change) {
            case DONE -> done.run();
            case NOT_FOUND -> replies.replace(payload, context, "Gone", VoiceBlocks.gone(InteractionReplies.ENTRY_GONE));
            case NOT_YOURS, ONLY_THE_SUBJECT_MAY_REWORD -> replies.note(payload, context, NOT_YOURS);
        }
    }
}
