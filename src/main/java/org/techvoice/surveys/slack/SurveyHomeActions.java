package org.techvoice.surveys.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.InteractionReplies;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.Modals;
import org.techvoice.surveys.SurveyBuilder;
import org.techvoice.surveys.SurveyProblem;
import org.techvoice.surveys.SurveyResults;
import org.techvoice.surveys.UnknownSurveyReference;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;

/**
 * The survey buttons of the leads' App Home: New survey opens the builder, Results shows a survey's results in a
 * modal (the Home tab has no conversation to reply in). Both check the role on the click, through the survey feature.
 */
@Component
class SurveyHomeActions implements BoltListener {

    /** Slack's limit for blocks in a modal. */
    static final int MODAL_BLOCK_LIMIT = 100;

    private final SurveyBuilder builder;
    private final SurveyResults results;
    private final SurveyModals modals;
    private final SurveyReportBlocks reports;
    private final InteractionReplies replies;

    SurveyHomeActions(SurveyBuilder builder, SurveyResults results, SurveyModals modals, SurveyReportBlocks reports,
            InteractionReplies replies) {
        this.builder = builder;
        this.results = results;
        this.modals = modals;
        this.reports = reports;
        this.replies = replies;
    }

    @Override
    public void register(App app) {
        app.blockAction(SurveyHomeSection.NEW, (request, context) -> open(request.getPayload(), context, () -> {
            builder.requireBuilder(request.getPayload().getTeam().getId(), request.getPayload().getUser().getId());
            return modals.builder();
        }));
        app.blockAction(SurveyHomeSection.RESULTS, (request, context) -> open(request.getPayload(), context, () -> {
            var payload = request.getPayload();
            String reference = payload.getActions().isEmpty() ? "" : payload.getActions().get(0).getValue();
            List<LayoutBlock> blocks = new ArrayList<>(reports.blocks(results.resultsFor(payload.getTeam().getId(),
                    payload.getUser().getId(), reference)));
            blocks.add(context(c -> c.elements(List.of(markdownText("`/tc survey results " + reference
                    + "` shows the same in a conversation and DMs you a chart.")))));
            List<LayoutBlock> shown = blocks.size() > MODAL_BLOCK_LIMIT ? blocks.subList(0, MODAL_BLOCK_LIMIT) : blocks;
            return Modals.done("survey_results_home", "Survey results", shown);
        }));
    }

    private Response open(BlockActionPayload payload, ActionContext context, java.util.function.Supplier<View> view) {
        View shown;
        try {
            shown = view.get();
        } catch (UnknownSurveyReference unknown) {
            shown = modals.notice("Survey", "That survey is no longer there. `/tc survey list` shows the current ones.");
        } catch (SurveyProblem problem) {
            shown = modals.notice("Survey", SurveyProblems.text(problem));
        }
        if (!ModalOpener.open(context.client(), payload.getTriggerId(), shown)) {
            replies.note(payload, context, ModalOpener.COULD_NOT_OPEN);
        }
        return context.ack();
    }
}
