package org.techvoice.findings.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.techvoice.draft.actionplan.ActionInput;
import org.techvoice.draft.slack.ActionModals;
import org.techvoice.draft.slack.DraftRefusals;
import org.techvoice.draft.slack.LeadAccess;
import org.techvoice.findings.DecisionResult;
import org.techvoice.findings.PlanReviewService;
import org.techvoice.slack.AppHomeListener;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.InteractionReplies;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.ModalState;
import org.techvoice.slack.Modals;
import org.techvoice.slack.SlackExecutors;
import org.techvoice.slack.SlackReplies;
import org.techvoice.themes.Theme;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;

/**
 * Accept, Edit and Dismiss on the review, in a message or on the Home tab. Every click is acknowledged at once; the
 * decision runs after the ack, one at a time per workspace, and then the message (or the Home tab) is shown again with
 * what happened at its top. The two forms (the action prefilled from a proposal, the reason for a dismissal) answer
 * within Slack's three seconds: a decision that takes longer (the review had to be read again) shows "Saving…" and the
 * form is updated when it is done.
 */
@Component
class PlanActionsListener implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(PlanActionsListener.class);

    static final String EDIT_CALLBACK = "plan_edit";
    static final String DISMISS_CALLBACK = "plan_dismiss";
    static final String REASON = "reason";
    /** How long a form's submission waits for its decision before showing "Saving…" (Slack allows three seconds). */
    static final long WAIT_MS = 2000;
    /** Stands for the Home tab where a form records where it was opened from. */
    static final String HOME = "home";

    private final PlanReplies replies;
    private final LeadAccess access;
    private final InteractionReplies interactions;
    private final AppHomeListener home;
    private final Executor afterAck;

    PlanActionsListener(PlanReplies replies, LeadAccess access, InteractionReplies interactions, AppHomeListener home,
            @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck) {
        this.replies = replies;
        this.access = access;
        this.interactions = interactions;
        this.home = home;
        this.afterAck = afterAck;
    }

    @Override
    public void register(App app) {
        app.blockAction(PlanBlocks.ACCEPT_IDS, this::accept);
        app.blockAction(PlanBlocks.EDIT_IDS, this::edit);
        app.blockAction(PlanBlocks.DISMISS, this::dismiss);
        app.viewSubmission(EDIT_CALLBACK, this::submitEdit);
        app.viewSubmission(DISMISS_CALLBACK, this::submitDismiss);
    }

    // --- buttons ------------------------------------------------------------------------------------------------

    Response accept(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        if (refusedToNonLead(payload, context, "accept proposed actions")) {
            return context.ack();
        }
        String proposal = value(payload);
        afterAck.execute(() -> {
            DecisionResult result = replies.oneAtATime(teamId, () -> replies.reviews().accept(teamId, userId, proposal, replies.today()));
            show(payload, context, teamId, userId, PlanReplies.words(proposal, result));
        });
        return context.ack();
    }

    Response edit(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        if (refusedToNonLead(payload, context, "accept proposed actions")) {
            return context.ack();
        }
        String proposal = value(payload);
        String metadata = metadata(proposal, payload);
        // the trigger expires in three seconds and finding the proposal may take longer: open at once, fill in after the ack
        View loading = Modals.done(EDIT_CALLBACK, "Edit and accept", List.of(section(s -> s.text(markdownText(
                ":hourglass_flowing_sand: Preparing *" + SlackReplies.escape(proposal) + "* for you to edit…")))));
        String viewId = ModalOpener.openView(context.client(), payload.getTriggerId(), loading).orElse(null);
        if (viewId == null) {
            interactions.note(payload, context, ModalOpener.COULD_NOT_OPEN);
            return context.ack();
        }
        MethodsClient client = context.client();
        afterAck.execute(() -> {
            try {
                var prefilled = replies.reviews().prefill(teamId, proposal, replies.today());
                View view = prefilled.isPresent()
                        ? ActionModals.form(EDIT_CALLBACK, "Edit and accept", "Accept", prefilled.get(), metadata)
                        : ActionModals.saved("Edit and accept", PlanReplies.refusal(DecisionResult.Refusal.UNKNOWN));
                var updated = client.viewsUpdate(r -> r.viewId(viewId).view(view));
                if (!updated.isOk()) {
                    log.warn("views.update of the edit form failed: {}", updated.getError());
                }
            } catch (Exception e) {
                log.warn("The edit form could not be filled in: {}", e.getMessage());
            }
        });
        return context.ack();
    }

    Response dismiss(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        if (refusedToNonLead(payload, context, "dismiss findings")) {
            return context.ack();
        }
        String[] value = value(payload).split("\n", 2);
        String finding = value[0];
        String title = value.length > 1 ? value[1] : "";
        List<LayoutBlock> blocks = List.of(
                section(s -> s.text(markdownText("Dismiss *" + SlackReplies.escape(finding) + "*" + (title.isBlank() ? "" : ": "
                        + SlackReplies.escape(title)) + "?"))),
                input(i -> i.blockId(REASON).label(plainText("Why is it not acted on?"))
                        .element(plainTextInput(p -> p.actionId(Modals.VALUE).multiline(true).maxLength(PlanReviewService.REASON_LIMIT)
                                .placeholder(plainText("e.g. Already handled by the faculties' own scheme since 2025"))))),
                context(c -> c.elements(List.of(markdownText("Your reason is kept and listed in the draft among the findings not acted "
                        + "on. The finding comes back only if technicians add to it.")))));
        View view = Modals.form(DISMISS_CALLBACK, "Dismiss a finding", "Dismiss", metadata(finding, payload),
                blocks);
        if (!ModalOpener.open(context.client(), payload.getTriggerId(), view)) {
            interactions.note(payload, context, ModalOpener.COULD_NOT_OPEN);
        }
        return context.ack();
    }

    // --- forms --------------------------------------------------------------------------------------------------

    /** Only leads and admins decide on findings: anyone else is told who can, and nothing changes. */
    private boolean refusedToNonLead(BlockActionPayload payload, ActionContext context, String action) {
        String teamId = payload.getTeam().getId();
        if (access.isLead(teamId, payload.getUser().getId())) {
            return false;
        }
        interactions.note(payload, context, access.refusal(teamId, action));
        return true;
    }

    Response submitEdit(ViewSubmissionRequest request, ViewSubmissionContext context) {
        String teamId = context.getTeamId();
        String userId = request.getPayload().getUser().getId();
        View view = request.getPayload().getView();
        if (!access.isLead(teamId, userId)) {
            return context.ackWithUpdate(ActionModals.saved("Edit and accept", access.refusal(teamId, "accept proposed actions")));
        }
        String[] metadata = metadata(view);
        String proposal = metadata[0];
        ActionInput edited = ActionModals.readAdd(view.getState());
        return decideInForm(context, view, teamId, userId, metadata[1], PlanBlocks.themeOf(metadata[2]), "Edit and accept",
                () -> replies.oneAtATime(teamId, () -> replies.reviews().acceptEdited(teamId, userId, proposal, edited, replies.today())),
                proposal);
    }

    Response submitDismiss(ViewSubmissionRequest request, ViewSubmissionContext context) {
        String teamId = context.getTeamId();
        String userId = request.getPayload().getUser().getId();
        View view = request.getPayload().getView();
        if (!access.isLead(teamId, userId)) {
            return context.ackWithUpdate(ActionModals.saved("Dismiss a finding", access.refusal(teamId, "dismiss findings")));
        }
        String reason = new ModalState(view.getState()).text(REASON);
        if (reason == null || reason.isBlank()) {
            return context.ackWithErrors(Modals.error(REASON, "Please say why: the reason is kept for the self-assessment."));
        }
        String[] metadata = metadata(view);
        String finding = metadata[0];
        return decideInForm(context, view, teamId, userId, metadata[1], PlanBlocks.themeOf(metadata[2]), "Dismiss a finding",
                () -> replies.oneAtATime(teamId, () -> replies.reviews().dismiss(teamId, userId, finding, reason, replies.today())),
                finding);
    }

    /**
     * Runs the decision after the ack's thread is free, waiting up to {@link #WAIT_MS} so the usual answer (done, or the
     * fields to fix, shown under each field) comes in the form's own reply; beyond that the form says "Saving…" and is
     * updated when the decision is made.
     */
    private Response decideInForm(ViewSubmissionContext context, View view, String teamId, String userId, String origin, Theme only, String title,
            Supplier<DecisionResult> decision, String reference) {
        CompletableFuture<DecisionResult> running = CompletableFuture.supplyAsync(decision, afterAck);
        MethodsClient client = context.client();
        Slack slack = context.getSlack();
        try {
            DecisionResult result = running.get(WAIT_MS, TimeUnit.MILLISECONDS);
            if (result instanceof DecisionResult.Invalid invalid) {
                Map<String, String> errors = new LinkedHashMap<>();
                invalid.errors().forEach((field, problem) -> errors.put(ActionModals.blockId(field), DraftRefusals.text(field, problem)));
                return context.ackWithErrors(errors);
            }
            String words = PlanReplies.words(reference, result);
            afterAck.execute(() -> refresh(slack, client, origin, only, teamId, userId, words));
            return context.ackWithUpdate(ActionModals.saved(title, words));
        } catch (TimeoutException slow) {
            running.whenComplete((result, failure) -> {
                String words = failure != null ? SlackReplies.FAILED
                        : result instanceof DecisionResult.Invalid invalid
                                ? ":warning: Nothing was added: " + PlanReplies.errors(invalid.errors()) + " Press *Edit* again to fix it."
                                : PlanReplies.words(reference, result);
                try {
                    client.viewsUpdate(r -> r.viewId(view.getId()).view(ActionModals.saved(title, words)));
                } catch (Exception e) {
                    log.warn("views.update after a slow decision failed: {}", e.getMessage());
                }
                refresh(slack, client, origin, only, teamId, userId, words);
            });
            return context.ackWithUpdate(ActionModals.saved(title, ":hourglass_flowing_sand: Saving…"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return context.ackWithUpdate(ActionModals.saved(title, SlackReplies.FAILED));
        } catch (java.util.concurrent.ExecutionException e) {
            log.warn("A plan decision failed", e.getCause());
            return context.ackWithUpdate(ActionModals.saved(title, SlackReplies.FAILED));
        }
    }

    // --- showing the review again -------------------------------------------------------------------------------

    /** After a button's decision: the message replaced with the review as it now stands, or the Home tab published again. */
    private void show(BlockActionPayload payload, ActionContext context, String teamId, String userId, String notice) {
        if (isHome(payload)) {
            replies.noteForHome(teamId, userId, notice);
            home.refresh(context.client(), teamId, userId);
            return;
        }
        try {
            List<LayoutBlock> blocks = replies.message(teamId, PlanBlocks.themeOf(blockId(payload)), notice);
            context.respond(r -> r.replaceOriginal(true).responseType("ephemeral").text("Your action plan review").blocks(blocks));
        } catch (Exception e) {
            log.warn("The review could not be shown again: {}", e.getMessage());
        }
    }

    /** After a form's decision: where the form was opened from shows the review as it now stands. */
    private void refresh(Slack slack, MethodsClient client, String origin, Theme only, String teamId, String userId, String notice) {
        try {
            if (HOME.equals(origin)) {
                replies.noteForHome(teamId, userId, notice);
                home.refresh(client, teamId, userId);
            } else if (origin != null && origin.startsWith("http")) {
                List<LayoutBlock> blocks = replies.message(teamId, only, notice);
                new Responder(slack, origin).sendToAction(r -> r.replaceOriginal(true).responseType("ephemeral")
                        .text("Your action plan review").blocks(blocks));
            }
        } catch (Exception e) {
            log.warn("The review could not be shown again: {}", e.getMessage());
        }
    }

    private static boolean isHome(BlockActionPayload payload) {
        return payload.getView() != null && "home".equals(payload.getView().getType());
    }

    /** Where a form was opened from: the message's response_url, or the Home tab. */
    private static String origin(BlockActionPayload payload) {
        return isHome(payload) || payload.getResponseUrl() == null ? HOME : payload.getResponseUrl();
    }

    private static String blockId(BlockActionPayload payload) {
        return payload.getActions().get(0).getBlockId();
    }

    /** The theme the clicked review was showing, kept in a form's metadata as a block id ("" for every theme). */
    private static String themeName(BlockActionPayload payload) {
        Theme only = PlanBlocks.themeOf(blockId(payload));
        return only == null ? "" : PlanBlocks.blockId("", only);
    }

    private static String value(BlockActionPayload payload) {
        String value = payload.getActions().get(0).getValue();
        return value == null ? "" : value;
    }

    /** A form's metadata: what it decides on, where it was opened from, and the theme shown; read by {@link #metadata(View)}. */
    private static String metadata(String reference, BlockActionPayload payload) {
        return reference + "\n" + origin(payload) + "\n" + themeName(payload);
    }

    private static String[] metadata(View view) {
        String[] parts = (view.getPrivateMetadata() == null ? "" : view.getPrivateMetadata()).split("\n", 3);
        return new String[] {parts[0], parts.length > 1 ? parts[1] : HOME, parts.length > 2 ? parts[2] : ""};
    }
}
