package org.techvoice.people.slack;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.techvoice.people.PeopleService;
import org.techvoice.people.TechnicianDetails;
import org.techvoice.slack.BoltListener;

import com.slack.api.bolt.App;

/** Submissions of the {@code /tc join} form: saved, or sent back with what to fix under each field. */
@Component
class JoinViewListener implements BoltListener {

    private final PeopleService people;

    JoinViewListener(PeopleService people) {
        this.people = people;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(TechnicianForm.CALLBACK_ID, (request, context) -> {
            String teamId = context.getTeamId();
            String userId = request.getPayload().getUser().getId();
            TechnicianDetails details = TechnicianForm.read(request.getPayload().getView().getState());
            Map<TechnicianDetails.Field, TechnicianDetails.Problem> problems = people.join(teamId, userId, details);
            if (!problems.isEmpty()) {
                Map<String, String> errors = new LinkedHashMap<>();
                problems.forEach((field, problem) -> errors.put(TechnicianForm.BLOCK_IDS.get(field), PeopleRefusals.text(field, problem)));
                return context.ack(r -> r.responseAction("errors").errors(errors));
            }
            var saved = people.find(teamId, userId).orElseThrow();
            return context.ack(r -> r.responseAction("update").view(TechnicianForm.saved(saved)));
        });
    }
}
