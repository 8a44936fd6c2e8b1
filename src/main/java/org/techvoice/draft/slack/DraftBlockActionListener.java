package org.techvoice.draft.slack;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.techvoice.draft.actionplan.ActionOwner;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.BoltListener;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;

/** Button presses of the self-assessment: "Update" beside an action in {@code /tc action list}
 * or in an owner's monthly nudge opens its status form. */
@Component
class DraftBlockActionListener implements BoltListener {

    private final ActionPlanService actionPlan;
    private final LeadAccess access;

    DraftBlockActionListener(ActionPlanService actionPlan, LeadAccess access) {
        this.actionPlan = actionPlan;
        this.access = access;
    }

    @Override
    public void register(App app) {
        app.blockAction(ActionSubcommand.UPDATE_ACTION_ID, this::openUpdate);
    }

    Response openUpdate(BlockActionRequest request, ActionContext context) throws IOException, SlackApiException {
        var payload = request.getPayload();
        String teamId = payload.getTeam().getId();
        String value = payload.getActions().isEmpty() ? "" : payload.getActions().get(0).getValue();
        String userId = payload.getUser().getId();
        var action = parseId(value).flatMap(id -> actionPlan.find(teamId, id));
        View view;
        // the owner named in the action's lead field may update it too: the monthly nudge's Update button is theirs
        if (!access.isLead(teamId, userId) && !action.map(found -> ActionOwner.owns(found, userId)).orElse(false)) {
            view = ActionModals.saved("Action plan", access.refusal(teamId, "update the action plan"));
        } else {
            view = action.map(ActionModals::update)
                    .orElseGet(() -> ActionModals.saved("Action plan", "That action is no longer in your action plan. "
                            + "`/tc action list` shows the current plan."));
        }
        ModalOpener.open(context.client(), payload.getTriggerId(), view);
        return context.ack();
    }

    private static java.util.Optional<Long> parseId(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
