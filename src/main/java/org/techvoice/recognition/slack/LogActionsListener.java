package org.techvoice.recognition.slack;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.techvoice.recognition.ContributionKind;
import org.techvoice.recognition.ContributionService;
import org.techvoice.themes.Theme;
import org.techvoice.voice.EntryChange;
import org.techvoice.entry.EntryRejected;
import org.techvoice.entry.slack.EntryRefusals;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.InteractionReplies;
import org.techvoice.themes.slack.ThemeBlocks;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;

/** The change-kind and change-theme menus on a {@code /tc log} confirmation, as voice has. */
@Component
class LogActionsListener implements BoltListener {

    static final String GONE = ":grey_question: That contribution no longer exists: it may have been deleted already.";
    static final String NOT_YOURS = ":lock: Only the person who logged that contribution can change it.";

    private final ContributionService contributions;
    private final InteractionReplies replies;

    LogActionsListener(ContributionService contributions, InteractionReplies replies) {
        this.contributions = contributions;
        this.replies = replies;
    }

    @Override
    public void register(App app) {
        app.blockAction(LogBlocks.CHANGE_KIND, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            Optional<ContributionKind> kind = selected(payload).map(LogBlocks::kindOrNull);
            change(payload, context, kind.isEmpty() ? null
                    : id -> contributions.changeKind(team(payload), user(payload), id, kind.get()), "Kind changed");
            return context.ack();
        });
        app.blockAction(LogBlocks.CHANGE_THEME, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            Set<Theme> themes = selected(payload).map(value -> ThemeBlocks.parse(List.of(value))).orElse(Set.of());
            change(payload, context, themes.isEmpty() ? null
                    : id -> contributions.changeThemes(team(payload), user(payload), id, themes), "Theme changed");
            return context.ack();
        });
    }

    private void change(BlockActionPayload payload, com.slack.api.bolt.context.builtin.ActionContext context,
            Function<Long, EntryChange> change, String fallback) {
        Optional<Long> id = LogBlocks.parseControls(payload.getActions().get(0).getBlockId());
        if (id.isEmpty() || change == null) {
            replies.note(payload, context, GONE);
            return;
        }
        try {
            switch (change.apply(id.get())) {
                case DONE -> contributions.find(team(payload), user(payload), id.get()).ifPresent(c ->
                        replies.replace(payload, context, fallback, LogBlocks.confirmation(c, true, null, List.of(), false)));
                case NOT_FOUND -> replies.note(payload, context, GONE);
                case NOT_YOURS -> replies.note(payload, context, NOT_YOURS);
            }
        } catch (EntryRejected rejected) {
            replies.note(payload, context, ":warning: " + EntryRefusals.text(rejected));
        }
    }

    private static Optional<String> selected(BlockActionPayload payload) {
        BlockActionPayload.Action action = payload.getActions().get(0);
        return action.getSelectedOption() == null ? Optional.empty() : Optional.ofNullable(action.getSelectedOption().getValue());
    }

    private static String team(BlockActionPayload payload) {
        return payload.getTeam().getId();
    }

    private static String user(BlockActionPayload payload) {
        return payload.getUser().getId();
    }
}
