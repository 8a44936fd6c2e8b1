package org.techvoice.people.slack;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
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
 * so it happens after the ack and the admin gets the outcome by DM.
 */
@Component
class ImportViewListener implements BoltListener {

    private static final Logger log = LoggerFactory.getLogger(ImportViewListener.class);
    /** Room Slack leaves for an error under an input. */
    static final int ERROR_TEXT_LIMIT = 1500;

    private final RoleService roles;
    private final TechnicianImport importer;
    private final Executor afterAck;

    ImportViewListener(RoleService roles, TechnicianImport importer, @Qualifier(SlackExecutors.AFTER_ACK) Executor afterAck) {
        this.roles = roles;
        this.importer = importer;
        this.afterAck = afterAck;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(ImportForm.CALLBACK_ID, (request, context) -> {
            String teamId = context.getTeamId();
            String userId = request.getPayload().getUser().getId();
            var view = request.getPayload().getView();
            String csv = TechnicianForm.text(view.getState() == null ? Map.of() : view.getState().getValues(), ImportForm.BLOCK_ID);
            if (!roles.hasRole(teamId, userId, Role.ADMIN)) {
                return context.ack(r -> r.responseAction("errors").errors(Map.of(ImportForm.BLOCK_ID,
                        roles.refusal(teamId, Role.ADMIN, "import technicians"))));
            }
            TechnicianCsv.Parsed parsed = TechnicianCsv.parse(csv);
            if (!parsed.errors().isEmpty()) {
                String problems = parsed.errors().stream().map(TechnicianCsv.RowError::describe).collect(Collectors.joining("\n"));
                return context.ack(r -> r.responseAction("errors").errors(Map.of(ImportForm.BLOCK_ID,
                        "Nothing was imported. " + SlackReplies.truncate(problems, ERROR_TEXT_LIMIT))));
            }
            String requestKey = view.getId();
            afterAck.execute(() -> {
                try {
                    importer.importCsv(teamId, userId, csv, requestKey);
                } catch (RuntimeException e) {
                    log.error("Import of technicians for team {} failed; nothing was imported", teamId, e);
                }
            });
            return context.ack(r -> r.responseAction("update").view(ImportForm.accepted(parsed.rows().size())));
        });
    }
}
