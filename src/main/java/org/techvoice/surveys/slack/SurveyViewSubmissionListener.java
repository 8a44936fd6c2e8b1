package org.techvoice.surveys.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.ModalState;
import org.techvoice.slack.SlackExecutors;
import org.techvoice.surveys.AnswerOutcome;
import org.techvoice.surveys.BuilderInput;
import org.techvoice.surveys.FieldErrors;
import org.techvoice.surveys.QuestionInput;
import org.techvoice.surveys.SurveyAnswering;
import org.techvoice.surveys.SurveyBuilder;
import org.techvoice.surveys.SurveyProblem;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.view.View;

/** Survey modal submissions: builder settings, added questions, scheduling, and answer pages. */
@Component
class SurveyViewSubmissionListener implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(SurveyViewSubmissionListener.class);

    private final SurveyBuilder builder;
    private final SurveyAnswering answering;
    private final SurveyModals modals;
    private final Executor afterAck;

    SurveyViewSubmissionListener(SurveyBuilder builder, SurveyAnswering answering, SurveyModals modals,
            @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck) {
        this.builder = builder;
        this.answering = answering;
        this.modals = modals;
        this.afterAck = afterAck;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(SurveyModals.BUILDER, guarded(this::settings));
        app.viewSubmission(SurveyModals.ADD_QUESTION, guarded(this::question));
        app.viewSubmission(SurveyModals.QUESTIONS, guarded(this::schedule));
        app.viewSubmission(SurveyModals.ANSWER, guarded(this::answer));
    }

    private interface Handler {
        Response handle(String teamId, String userId, View view, ViewSubmissionContext context);
    }

    /** A refusal (or a survey that changed under the modal) is shown on the modal's first input, never lost. */
    private com.slack.api.bolt.handler.builtin.ViewSubmissionHandler guarded(Handler handler) {
        return (request, context) -> {
            View view = request.getPayload().getView();
            try {
                return handler.handle(request.getPayload().getTeam().getId(), request.getPayload().getUser().getId(), view, context);
            } catch (SurveyProblem problem) {
                return errorsOrNotice(view, SurveyProblems.text(problem), context);
            } catch (NumberFormatException e) {
                // the app writes the survey id into the modal: anything else is an old or forged form
                return errorsOrNotice(view, "This form no longer points at a survey. Close it and start again from `/tc survey`.", context);
            }
        };
    }

    private Response errorsOrNotice(View view, String message, ViewSubmissionContext context) {
        String first = firstInput(view);
        if (first == null) {
            return context.ack(r -> r.responseAction("update").view(modals.notice("Survey", message)));
        }
        return context.ackWithErrors(Map.of(first, message));
    }

    private Response settings(String teamId, String userId, View view, ViewSubmissionContext context) {
        ModalState state = ModalState.of(view);
        BuilderInput input = new BuilderInput(state.text(SurveyModals.TITLE), state.text(SurveyModals.INTRODUCTION),
                state.selected(SurveyModals.TEMPLATE), !"attributed".equals(state.selected(SurveyModals.ANONYMITY)),
                state.selected(SurveyModals.AUDIENCE), state.selectedConversation(SurveyModals.CHANNEL),
                state.text(SurveyModals.USER_GROUP), state.dateTime(SurveyModals.OPENS), state.dateTime(SurveyModals.CLOSES),
                parseInt(state.selected(SurveyModals.REMINDERS)));
        SurveyBuilder.Started started = builder.start(teamId, userId, input);
        if (started instanceof SurveyBuilder.Invalid invalid) {
            return context.ackWithErrors(SurveyModals.blockErrors(invalid.errors()));
        }
        SurveyBuilder.DraftView draft = builder.draft(teamId, userId, ((SurveyBuilder.Drafted) started).surveyId());
        return context.ackWithUpdate(modals.questions(draft.survey(), draft.questions()));
    }

    private Response question(String teamId, String userId, View view, ViewSubmissionContext context) {
        long surveyId = Long.parseLong(view.getPrivateMetadata());
        ModalState state = ModalState.of(view);
        FieldErrors errors = builder.addQuestion(teamId, userId, surveyId, new QuestionInput(state.text(SurveyModals.QUESTION_TEXT),
                state.selected(SurveyModals.QUESTION_TYPE), state.selected(SurveyModals.QUESTION_THEME),
                state.text(SurveyModals.CHOICES), state.text(SurveyModals.LOW_LABEL), state.text(SurveyModals.HIGH_LABEL)));
        if (!errors.isEmpty()) {
            return context.ackWithErrors(SurveyModals.blockErrors(errors));
        }
        // The pushed page closes with the ack; the list underneath is refreshed to show the new question.
        SurveyBuilder.DraftView draft = builder.draft(teamId, userId, surveyId);
        MethodsClient client = context.client();
        String parent = view.getPreviousViewId() != null ? view.getPreviousViewId() : view.getRootViewId();
        afterAck.execute(() -> refresh(client, parent, draft));
        return context.ack();
    }

    private void refresh(MethodsClient client, String viewId, SurveyBuilder.DraftView draft) {
        try {
            var updated = client.viewsUpdate(r -> r.viewId(viewId).view(modals.questions(draft.survey(), draft.questions())));
            if (!updated.isOk()) {
                log.warn("views.update of the survey question list failed: {}", updated.getError());
            }
        } catch (Exception e) {
            log.warn("views.update of the survey question list failed: {}", e.getMessage());
        }
    }

    private Response schedule(String teamId, String userId, View view, ViewSubmissionContext context) {
        long surveyId = Long.parseLong(view.getPrivateMetadata());
        FieldErrors errors = builder.schedule(teamId, userId, surveyId);
        if (!errors.isEmpty()) {
            var first = errors.byField().entrySet().iterator().next();
            return errorsOrNotice(view, SurveyProblems.text(first.getKey(), first.getValue()), context);
        }
        return context.ack(r -> r.responseAction("clear"));
    }

    private Response answer(String teamId, String userId, View view, ViewSubmissionContext context) {
        String[] meta = view.getPrivateMetadata().split(":");
        long surveyId = Long.parseLong(meta[0]);
        int page = Integer.parseInt(meta[1]);
        Map<Long, List<String>> given = new LinkedHashMap<>();
        ModalState state = ModalState.of(view);
        for (String blockId : state.blockIds()) {
            if (blockId.matches("\\d{1,18}")) {
                given.put(Long.parseLong(blockId), state.everything(blockId));
            }
        }
        AnswerOutcome outcome = answering.submit(teamId, userId, surveyId, page, given);
        if (outcome instanceof AnswerOutcome.Invalid invalid) {
            Map<String, String> byBlock = new LinkedHashMap<>();
            invalid.byQuestionId().forEach((question, problem) -> byBlock.put(Long.toString(question), SurveyProblems.text(problem)));
            return context.ackWithErrors(byBlock);
        }
        if (outcome instanceof AnswerOutcome.Refused refused) {
            return errorsOrNotice(view, SurveyProblems.text(refused.problem()), context);
        }
        if (outcome instanceof AnswerOutcome.NextPage next) {
            return context.ackWithUpdate(modals.answer(next.form()));
        }
        AnswerOutcome.Done done = (AnswerOutcome.Done) outcome;
        String thanks = (done.changed() ? ":pencil2: Your answers are updated." : ":raised_hands: Thank you, your answers are in.")
                + " You can change them until the survey closes: press *Answer* in the invitation again."
                + (done.survey().anonymous() ? "\n\n:lock: Your name is not stored with them." : "");
        return context.ackWithUpdate(modals.notice("Thank you", thanks));
    }

    private static int parseInt(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String firstInput(View view) {
        if (view.getBlocks() == null) {
            return null;
        }
        return view.getBlocks().stream().filter(InputBlock.class::isInstance).map(b -> ((InputBlock) b).getBlockId())
                .findFirst().orElse(null);
    }
}
