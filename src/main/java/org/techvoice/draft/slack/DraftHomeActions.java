package org.techvoice.draft.slack;

import org.springframework.stereotype.Component;
import org.techvoice.draft.document.DraftService;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.InteractionReplies;
import org.techvoice.slack.ModalOpener;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;

/**
 * The buttons of the leads' App Home part. Each checks the role again on the click (the tab may be older than a
 * role change) and answers in a modal, as a Home tab has no conversation to reply in.
 */
@Component
class DraftHomeActions implements BoltListener {

    private final DraftService drafts;
    private final ProfileService profiles;
    private final LeadAccess access;
    private final InteractionReplies replies;

    DraftHomeActions(DraftService drafts, ProfileService profiles, LeadAccess access, InteractionReplies replies) {
        this.drafts = drafts;
        this.profiles = profiles;
        this.access = access;
        this.replies = replies;
    }

    @Override
    public void register(App app) {
        app.blockAction(DraftHomeSection.PULL, (request, context) -> pull(request.getPayload(), context, false));
        app.blockAction(DraftHomeSection.PULL_CANVAS, (request, context) -> pull(request.getPayload(), context, true));
        app.blockAction(DraftHomeSection.PROFILE, (request, context) -> open(request.getPayload(), context, "edit the organisation profile",
                () -> ProfileModal.open(profiles.current(request.getPayload().getTeam().getId()))));
        app.blockAction(DraftHomeSection.ADD_ACTION, (request, context) -> open(request.getPayload(), context, "add to the action plan",
                ActionModals::add));
    }

    private Response pull(BlockActionPayload payload, ActionContext context, boolean canvas) {
        return open(payload, context, "pull the self-assessment draft", () -> {
            String teamId = payload.getTeam().getId();
            drafts.request(teamId, payload.getUser().getId(), null, canvas, payload.getTriggerId());
            return ActionModals.saved("Self-assessment", ":hourglass_flowing_sand: Compiling your self-assessment draft (evidence "
                    + "since your signatory date, or all of it if none is set). I'll send you the Word and Markdown files"
                    + (canvas ? ", a Slack canvas version" : "") + " and a summary by DM in a minute or two.");
        });
    }

    private Response open(BlockActionPayload payload, ActionContext context, String what, java.util.function.Supplier<View> view) {
        String teamId = payload.getTeam().getId();
        View shown = access.isLead(teamId, payload.getUser().getId()) ? view.get()
                : ActionModals.saved("Self-assessment", access.refusal(teamId, what));
        if (!ModalOpener.open(context.client(), payload.getTriggerId(), shown)) {
            replies.note(payload, context, ModalOpener.COULD_NOT_OPEN);
        }
        return context.ack();
    }
}
