package org.techvoice.draft.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.techvoice.draft.FieldProblem;
import org.techvoice.draft.actionplan.ActionField;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.actionplan.ActionOwner;
import org.techvoice.draft.actionplan.ActionPlanService;
import org.techvoice.draft.profile.ProfileField;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.SlackReplies;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;

/**
 * Submitted self-assessment forms: the profile, a new action, an action's status. Problems come back as
 * {@code response_action: errors} under the field concerned, so nothing typed is lost.
 */
@Component
class DraftViewSubmissionListener implements BoltListener {

    private final ProfileService profiles;
    private final ActionPlanService actionPlan;
    private final LeadAccess access;

    DraftViewSubmissionListener(ProfileService profiles, ActionPlanService actionPlan, LeadAccess access) {
        this.profiles = profiles;
        this.actionPlan = actionPlan;
        this.access = access;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(ProfileModal.CALLBACK_ID, this::profile);
        app.viewSubmission(ActionModals.ADD_CALLBACK_ID, this::addAction);
        app.viewSubmission(ActionModals.UPDATE_CALLBACK_ID, this::updateAction);
    }

    Response profile(ViewSubmissionRequest request, ViewSubmissionContext context) {
        return asLead(request, context, "Organisation profile", "edit the organisation profile", userId -> saveProfile(request, context, userId));
    }

    private Response saveProfile(ViewSubmissionRequest request, ViewSubmissionContext context, String userId) {
        String teamId = context.getTeamId();
        Map<ProfileField, FieldProblem> errors = profiles.save(teamId, userId, ProfileModal.read(request.getPayload().getView().getState()),
                ProfileModal.readStage(request.getPayload().getView().getState()));
        if (!errors.isEmpty()) {
            return context.ack(r -> r.responseAction("errors").errors(byBlock(errors, ProfileModal::blockId, DraftRefusals::text)));
        }
        return context.ack(r -> r.responseAction("update").view(ActionModals.saved("Organisation profile",
                ":white_check_mark: Profile saved. `/tc draft` will use it.")));
    }

    Response addAction(ViewSubmissionRequest request, ViewSubmissionContext context) {
        return asLead(request, context, "Action plan", "manage the action plan", userId -> saveAction(request, context, userId));
    }

    private Response saveAction(ViewSubmissionRequest request, ViewSubmissionContext context, String userId) {
        String teamId = context.getTeamId();
        ActionInput input = ActionModals.readAdd(request.getPayload().getView().getState());
        Map<ActionField, FieldProblem> errors = actionPlan.add(teamId, userId, input);
        if (!errors.isEmpty()) {
            return context.ack(r -> r.responseAction("errors").errors(byBlock(errors, ActionModals::blockId, DraftRefusals::text)));
        }
        return context.ack(r -> r.responseAction("update").view(ActionModals.saved("Action plan",
                ":white_check_mark: Added *" + SlackReplies.escape(input.reference().strip().toUpperCase(java.util.Locale.ROOT))
                        + "* to your action plan" + (input.findingReferences().isEmpty() ? ""
                                : ", answering " + SlackReplies.escape(String.join(", ", input.findingReferences()))
                                        + ": the draft shows it came from what technicians told us")
                        + ". `/tc action list` shows the plan.")));
    }

    /** A lead, or the action's owner (the person its lead field names), checked again as the form is saved. */
    Response updateAction(ViewSubmissionRequest request, ViewSubmissionContext context) {
        String userId = request.getPayload().getUser().getId();
        boolean owner = parseId(request.getPayload().getView().getPrivateMetadata())
                .flatMap(id -> actionPlan.find(context.getTeamId(), id)).map(action -> ActionOwner.owns(action, userId)).orElse(false);
        if (owner) {
            return saveStatus(request, context, userId);
        }
        return asLead(request, context, "Action plan", "update the action plan", lead -> saveStatus(request, context, lead));
    }

    private static java.util.Optional<Long> parseId(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private Response saveStatus(ViewSubmissionRequest request, ViewSubmissionContext context, String userId) {
        String teamId = context.getTeamId();
        var view = request.getPayload().getView();
        long id;
        try {
            id = Long.parseLong(view.getPrivateMetadata());
        } catch (NumberFormatException | NullPointerException e) {
            return context.ack(r -> r.responseAction("errors").errors(Map.of(ActionModals.blockId(ActionField.RAG),
                    "This form has expired. Please open it again from /tc action list.")));
        }
        Map<ActionField, FieldProblem> errors = actionPlan.update(teamId, userId, id, ActionModals.readProgress(view.getState()));
        if (!errors.isEmpty()) {
            return context.ack(r -> r.responseAction("errors").errors(byBlock(errors, ActionModals::blockId, DraftRefusals::text)));
        }
        return context.ack(r -> r.responseAction("update").view(ActionModals.saved("Action plan", ":white_check_mark: Status updated. Earlier updates are kept: `/tc action list` shows the trajectory.")));
    }

    /** Leads may have lost the role since the form opened: check again, and refuse in the form itself. */
    private Response asLead(ViewSubmissionRequest request, ViewSubmissionContext context, String title, String what,
            Function<String, Response> action) {
        String teamId = context.getTeamId();
        String userId = request.getPayload().getUser().getId();
        if (!access.isLead(teamId, userId)) {
            return context.ack(r -> r.responseAction("update").view(ActionModals.saved(title, access.refusal(teamId, what))));
        }
        return action.apply(userId);
    }

    private static <F> Map<String, String> byBlock(Map<F, FieldProblem> errors, Function<F, String> blockId,
            java.util.function.BiFunction<F, FieldProblem, String> words) {
        Map<String, String> byBlock = new LinkedHashMap<>();
        errors.forEach((field, problem) -> byBlock.put(blockId.apply(field), words.apply(field, problem)));
        return byBlock;
    }
}
