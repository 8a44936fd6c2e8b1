package org.techvoice.surveys.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.techvoice.slack.ModalOpener;
import org.techvoice.slack.BoltListener;
import org.techvoice.surveys.AnswerForm;
import org.techvoice.surveys.SurveyAnswering;
import org.techvoice.surveys.SurveyProblem;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;

/**
 * Survey buttons: "Answer" in the invitation DM opens the survey modal; "Add a question" in the builder pushes
 * the question page. Both open a view with the click's trigger id, which Slack honours for three seconds only,
 * so they do so before acknowledging.
 */
@Component
class SurveyBlockActionListener implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(SurveyBlockActionListener.class);

    private final SurveyAnswering answering;
    private final SurveyModals modals;

    SurveyBlockActionListener(SurveyAnswering answering, SurveyModals modals) {
        this.answering = answering;
        this.modals = modals;
    }

    @Override
    public void register(App app) {
        app.blockAction(SurveyModals.ANSWER_ACTION, this::answer);
        app.blockAction(SurveyModals.ADD_QUESTION_ACTION, this::addQuestion);
    }

    private Response answer(BlockActionRequest request, ActionContext context) throws java.io.IOException, com.slack.api.methods.SlackApiException {
        var payload = request.getPayload();
        View view;
        try {
            long surveyId = Long.parseLong(payload.getActions().get(0).getValue());
            AnswerForm form = answering.form(payload.getTeam().getId(), payload.getUser().getId(), surveyId, 0);
            view = modals.answer(form);
        } catch (SurveyProblem problem) {
            view = modals.notice("Survey", SurveyProblems.text(problem));
        } catch (NumberFormatException e) {
            view = modals.notice("Survey", "This button no longer points at a survey. Ask the survey's lead to check it.");
        }
        View shown = view;
        ModalOpener.open(context.client(), payload.getTriggerId(), shown);
        return context.ack();
    }

    private Response addQuestion(BlockActionRequest request, ActionContext context) throws java.io.IOException, com.slack.api.methods.SlackApiException {
        var payload = request.getPayload();
        View page;
        try {
            page = modals.addQuestion(Long.parseLong(payload.getActions().get(0).getValue()));
        } catch (NumberFormatException e) {
            // the app writes the survey id into the button: anything else is an old or forged button
            page = modals.notice("Survey", "This button no longer points at a survey. Ask the survey's lead to check it.");
        }
        View shown = page;
        var pushed = context.client().viewsPush(r -> r.triggerId(payload.getTriggerId()).view(shown));
        if (!pushed.isOk()) {
            log.warn("views.push for a survey question failed: {}", pushed.getError());
        }
        return context.ack();
    }
}
