package org.techvoice.people.slack;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.slack.ModalState;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.people.TechnicianCsv;
import org.techvoice.people.TechnicianImport;
import org.techvoice.slack.BoltListener;
import org.techvoice.slack.SlackExecutors;
import org.techvoice.slack.SlackReplies;

import com.slack.api.bolt.App;

/**
 * Submissions of the {@code /tc import} form. Problems in the text itself are shown under the box at once, so
 * nothing typed is lost; looking people up in Slack takes longer than the three seconds a submission may take,
 * so the import is stored before the ack, run by a job after it (a restart does not lose it) and the admin gets
 * the outcome by DM.
 */
@Component
class ImportViewListener implements BoltListener {

    /** Room Slack leaves for an error under an input. */
    static final int ERROR_TEXT_LIMIT = 1500;

    private final RoleService roles;
    private final TechnicianImport importer;

    ImportViewListener(RoleService roles, TechnicianImport importer) {
        this.roles = roles;
        this.importer = importer;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(ImportForm.CALLBACK_ID, (request, context) -> {
            String teamId = context.getTeamId();
            String userId = request.getPayload().getUser().getId();
            var view = request.getPayload().getView();
            String csv = ModalState.of(view).text(ImportForm.BLOCK_ID);
            if (!roles.hasRole(teamId, userId, Role.ADMIN)) {
                return context.ack(r -> r.responseAction("errors").errors(Map.of(ImportForm.BLOCK_ID,
                        RoleRefusals.text(roles.whoCan(teamId, Role.ADMIN), "import technicians"))));
            }
            TechnicianCsv.Parsed parsed = TechnicianCsv.parse(csv);
            if (!parsed.errors().isEmpty()) {
                String problems = parsed.errors().stream().map(PeopleRefusals::describe).collect(Collectors.joining("\n"));
                return context.ack(r -> r.responseAction("errors").errors(Map.of(ImportForm.BLOCK_ID,
                        "Nothing was imported. " + SlackReplies.truncate(problems, ERROR_TEXT_LIMIT))));
            }
            String requestKey = view.getId();
            importer.requestImport(teamId, userId, csv, requestKey);
            return context.ack(r -> r.responseAction("update").view(ImportForm.accepted(parsed.rows().size())));
        });
    }
}
