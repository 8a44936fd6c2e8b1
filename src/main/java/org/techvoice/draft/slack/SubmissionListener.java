package org.techvoice.draft.slack;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.techvoice.draft.submission.PlanCsv;
import org.techvoice.draft.submission.SubmissionService;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.SlackReplies;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;

/** The submitted "earlier submission" form: problems under the field concerned, so nothing typed is lost. */
@Component
class SubmissionListener implements BoltListener {

    private final SubmissionService submissions;
    private final SubmissionWords words;
    private final LeadAccess access;

    SubmissionListener(SubmissionService submissions, SubmissionWords words, LeadAccess access) {
        this.submissions = submissions;
        this.words = words;
        this.access = access;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(SubmissionModal.CALLBACK_ID, this::add);
    }

    Response add(ViewSubmissionRequest request, ViewSubmissionContext context) {
        String teamId = context.getTeamId();
        String userId = request.getPayload().getUser().getId();
        if (!access.isLead(teamId, userId)) {
            return context.ack(r -> r.responseAction("update").view(ActionModals.saved("Submissions", access.refusal(teamId, "record submissions"))));
        }
        SubmissionModal.Answers answers = SubmissionModal.read(request.getPayload().getView().getState());
        if (answers.submittedOn() == null) {
            return context.ack(r -> r.responseAction("errors").errors(Map.of(SubmissionModal.DATE, "Pick the day it was submitted.")));
        }
        if (answers.stage() == null || !answers.stage().matches("[1-3]")) {
            return context.ack(r -> r.responseAction("errors").errors(Map.of(SubmissionModal.STAGE, "Choose Stage 1, 2 or 3.")));
        }
        SubmissionService.Outcome recorded = submissions.recordEarlier(teamId, userId, answers.submittedOn(),
                Integer.parseInt(answers.stage()), answers.plan());
        if (recorded instanceof SubmissionService.InvalidPlan invalid) {
            return context.ack(r -> r.responseAction("errors").errors(Map.of(SubmissionModal.PLAN,
                    SlackReplies.truncate(words.planErrors(invalid), 1900))));
        }
        if (recorded instanceof SubmissionService.Refused refused) {
            String block = refused.refusal() == SubmissionService.Refusal.BAD_STAGE ? SubmissionModal.STAGE : SubmissionModal.DATE;
            return context.ack(r -> r.responseAction("errors").errors(Map.of(block, words.refusal(refused.refusal(), answers.submittedOn()))));
        }
        return context.ack(r -> r.responseAction("update").view(ActionModals.saved("Submissions", words.recorded(recorded, answers.submittedOn()))));
    }
}
