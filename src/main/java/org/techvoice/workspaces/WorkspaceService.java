package org.techvoice.workspaces;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Remembers which workspaces TechVoice serves. */
@Service
public class WorkspaceService {

    private final WorkspaceRepository workspaces;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Known teams, so the hot path of every request costs no query once a team is recorded. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    WorkspaceService(WorkspaceRepository workspaces, ApplicationEventPublisher events, Clock clock) {
        this.workspaces = workspaces;
        this.events = events;
        this.clock = clock;
    }

    /** Records the team on its first request; the hot path of every later request costs no query. */
    public void recordSeen(String teamId, String enterpriseId) {
        if (teamId == null || teamId.isBlank() || known.contains(teamId)) {
            return;
        }
        if (workspaces.insertIfAbsent(teamId, enterpriseId, clock.instant()) == 1) {
            events.publishEvent(new WorkspaceRecorded(teamId, enterpriseId));
        }
        known.add(teamId);
    }

    @Transactional(readOnly = true)
    public long count() {
        return workspaces.count();
    }

    @Transactional(readOnly = true)
    public boolean isKnown(String teamId) {
        return workspaces.existsById(teamId);
    }

    /** Every workspace served, for jobs that work through them one at a time (e.g. retention). */
    @Transactional(readOnly = true)
    public List<String> teamIds() {
        return workspaces.findAll().stream().map(Workspace::teamId).sorted().toList();
    }

    /** The Enterprise Grid org a workspace belongs to, when it came to us through one. */
    @Transactional(readOnly = true)
    public Optional<String> enterpriseOf(String teamId) {
        return workspaces.findById(teamId).map(Workspace::enterpriseId);
    }

    /** The workspaces of an Enterprise Grid org that TechVoice has served. */
    @Transactional(readOnly = true)
    public List<String> teamsOf(String enterpriseId) {
        return workspaces.findByEnterpriseIdOrderByTeamId(enterpriseId).stream().map(Workspace::teamId).toList();
    }

    /** After the row is deleted: the next request of the team records it afresh. */
    void forget(String teamId) {
        known.remove(teamId);
    }
}
