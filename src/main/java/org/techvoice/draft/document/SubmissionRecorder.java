package org.techvoice.draft.document;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.techvoice.draft.profile.ProfileService;
import org.techvoice.draft.submission.KeyFigures;
import org.techvoice.draft.submission.Submission;
import org.techvoice.draft.submission.SubmissionMessages;
import org.techvoice.draft.submission.SubmissionService;
import org.techvoice.outbox.OutboundMessage;
import org.techvoice.outbox.Outbox;
import org.techvoice.scheduling.StoredRequest;
import org.techvoice.scheduling.StoredRequestHandler;
import org.techvoice.scheduling.StoredRequests;

/**
 * {@code /tc submission record}: records the request with the ack, then (in the stored-request job) reads the period's
 * key figures (the same sources the draft reads, since the previous submission), keeps them with the plan as it stands
 * and DMs the lead. Reading the evidence can take longer than Slack's 3 seconds, so it happens after the ack, durably.
 */
@Service
public class SubmissionRecorder implements StoredRequestHandler {

    static final String KIND = "submission";

    private final StoredRequests requests;
    private final KeyFiguresCollector figures;
    private final SubmissionService submissions;
    private final ProfileService profiles;
    private final SubmissionMessages messages;
    private final Outbox outbox;

    SubmissionRecorder(StoredRequests requests, KeyFiguresCollector figures, SubmissionService submissions, ProfileService profiles,
            SubmissionMessages messages, Outbox outbox) {
        this.requests = requests;
        this.figures = figures;
        this.submissions = submissions;
        this.profiles = profiles;
        this.messages = messages;
        this.outbox = outbox;
    }

    /** @param requestId unique to the Slack request, so the same request records once */
    public void request(String teamId, String userId, LocalDate submittedOn, String requestId) {
        requests.submit(teamId, KIND, requestId, userId, submittedOn.toString());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(StoredRequest request) {
        LocalDate on = LocalDate.parse(request.payload());
        KeyFigures keyFigures = figures.collect(request.teamId(), periodStart(request.teamId(), on), on);
        SubmissionService.Outcome recorded = submissions.record(request.teamId(), request.userId(), on, keyFigures);
        outbox.enqueue(OutboundMessage.directMessage(request.teamId(), "submission:" + request.key(), request.userId(),
                messages.recorded(recorded, on), null));
    }

    /** The day after the previous submission before this one, else the signatory date, else everything. */
    LocalDate periodStart(String teamId, LocalDate on) {
        List<Submission> earlier = submissions.all(teamId).stream().filter(s -> s.submittedOn().isBefore(on)).toList();
        if (!earlier.isEmpty()) {
            return earlier.get(earlier.size() - 1).submittedOn().plusDays(1);
        }
        return profiles.current(teamId).signatoryDate();
    }

    @Override
    public void giveUp(StoredRequest request) {
        outbox.enqueue(OutboundMessage.directMessage(request.teamId(), "submission:" + request.key() + ":failed", request.userId(),
                messages.failed(LocalDate.parse(request.payload())), null));
    }
}
