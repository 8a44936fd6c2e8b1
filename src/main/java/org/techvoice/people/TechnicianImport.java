package org.techvoice.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.audit.AuditLog;
import org.techvoice.outbox.Outbox;
import org.techvoice.scheduling.StoredRequest;
import org.techvoice.scheduling.StoredRequestHandler;
import org.techvoice.scheduling.StoredRequests;
import org.techvoice.outbox.OutboundMessage;

/**
 * Admins import technicians from CSV. All or nothing: if any line has a problem, nobody is imported and the
 * admin is told every problem at once, so a corrected paste can simply be run again.
 */
@Service
public class TechnicianImport implements StoredRequestHandler {

    /** The kind of {@link StoredRequest} a submitted import is. */
    static final String KIND = "people-import";

    private final PeopleService people;
    private final RoleService roles;
    private final PersonDirectory directory;
    private final AuditLog audit;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final StoredRequests requests;
    private final ImportMessages messages;

    TechnicianImport(PeopleService people, RoleService roles, PersonDirectory directory, AuditLog audit, Outbox outbox,
            TransactionTemplate transaction, StoredRequests requests, ImportMessages messages) {
        this.requests = requests;
        this.messages = messages;
        this.people = people;
        this.roles = roles;
        this.directory = directory;
        this.audit = audit;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    /** What happened; {@code errors} empty means everyone was imported. */
    public record Result(int created, int updated, List<TechnicianCsv.RowError> errors) {

        public boolean imported() {
            return errors.isEmpty();
        }
    }

    /**
     * Records a submitted import; the stored-request job runs it after the acknowledgement ({@link #handle}), so a
     * restart after "importing, you'll get a DM" still imports, once.
     *
     * @param requestKey unique per submitted form (its view id)
     */
    public void requestImport(String teamId, String actorUserId, String csv, String requestKey) {
        requests.submit(teamId, KIND, requestKey, actorUserId, csv);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Runs in the transaction that removes the request: the technicians, the audit entry and the DM commit with it. */
    @Override
    public void handle(StoredRequest request) {
        importCsv(request.teamId(), request.userId(), request.payload(), request.key());
    }

    @Override
    public void giveUp(StoredRequest request) {
        outbox.enqueue(OutboundMessage.directMessage(request.teamId(), "people-import:" + request.key() + ":failed",
                request.userId(), messages.failed(), null));
    }

    /**
     * Looks everyone up in Slack, then saves all of them in one transaction with the audit entry and the DM
     * telling the admin the outcome (sent through the outbox, so it arrives exactly once).
     *
     * @param requestKey unique per submitted form, so a redelivered submission DMs once
     */
    public Result importCsv(String teamId, String actorUserId, String csv, String requestKey) {
        Result result;
        if (!roles.hasRole(teamId, actorUserId, Role.ADMIN)) {
            result = new Result(0, 0, List.of(TechnicianCsv.RowError.ofText(new ImportProblem.NotAdmin(roles.whoCan(teamId, Role.ADMIN)))));
        } else {
            TechnicianCsv.Parsed parsed = TechnicianCsv.parse(csv);
            result = parsed.errors().isEmpty() ? resolveAndSave(teamId, actorUserId, parsed.rows(), requestKey)
                    : new Result(0, 0, parsed.errors());
        }
        if (!result.imported()) {
            Result failed = result;
            transaction.executeWithoutResult(status -> tell(teamId, actorUserId, requestKey, failed));
        }
        return result;
    }

    private Result resolveAndSave(String teamId, String actorUserId, List<TechnicianCsv.Row> rows, String requestKey) {
        List<TechnicianCsv.RowError> errors = new ArrayList<>();
        List<TechnicianProfile> profiles = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (TechnicianCsv.Row row : rows) {
            resolve(teamId, row, errors).ifPresent(userId -> {
                Integer earlier = lineOf.putIfAbsent(userId, row.line());
                if (earlier != null) {
                    errors.add(new TechnicianCsv.RowError(row.line(), row.user(), new ImportProblem.Repeated(earlier, true)));
                } else {
                    profiles.add(row.details().toProfile(userId));
                }
            });
        }
        if (!errors.isEmpty()) {
            return new Result(0, 0, errors);
        }
        return transaction.execute(status -> {
            int created = 0;
            for (TechnicianProfile profile : profiles) {
                if (people.find(teamId, profile.userId()).isEmpty()) {
                    created++;
                }
                people.register(teamId, profile);
            }
            Result saved = new Result(created, profiles.size() - created, List.of());
            audit.record(teamId, actorUserId, "people.import",
                    "imported " + profiles.size() + (profiles.size() == 1 ? " technician: " : " technicians: ") + created + " new, " + saved.updated() + " updated");
            tell(teamId, actorUserId, requestKey, saved);
            return saved;
        });
    }

    private Optional<String> resolve(String teamId, TechnicianCsv.Row row, List<TechnicianCsv.RowError> errors) {
        try {
            String userId = row.user();
            if (row.byEmail()) {
                Optional<String> found = directory.userIdByEmail(teamId, row.user());
                if (found.isEmpty()) {
                    errors.add(new TechnicianCsv.RowError(row.line(), row.user(), ImportProblem.Plain.NO_SUCH_EMAIL));
                    return Optional.empty();
                }
                userId = found.get();
            }
            Optional<PersonDirectory.DirectoryPerson> person = directory.person(teamId, userId);
            if (person.isEmpty()) {
                errors.add(new TechnicianCsv.RowError(row.line(), row.user(), ImportProblem.Plain.NOT_A_MEMBER));
            } else if (person.get().bot()) {
                errors.add(new TechnicianCsv.RowError(row.line(), row.user(), ImportProblem.Plain.BOT));
            } else if (person.get().deleted()) {
                errors.add(new TechnicianCsv.RowError(row.line(), row.user(), ImportProblem.Plain.DEACTIVATED));
            } else {
                return Optional.of(userId);
            }
        } catch (PersonDirectory.DirectoryUnavailableException e) {
            errors.add(new TechnicianCsv.RowError(row.line(), row.user(), new ImportProblem.DirectoryUnavailable(e.getMessage())));
        }
        return Optional.empty();
    }

    private void tell(String teamId, String actorUserId, String requestKey, Result result) {
        outbox.enqueue(OutboundMessage.directMessage(teamId, "people-import:" + requestKey, actorUserId, messages.outcome(result), null));
    }
}
