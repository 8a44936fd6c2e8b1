package org.techvoice.slack;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceService;

import com.slack.api.bolt.App;

/** Records each workspace on its first verified request. */
@Component
class WorkspaceTracking implements BoltListener {

    private final WorkspaceService workspaces;

    WorkspaceTracking(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public void register(App app) {
        app.use((request, response, chain) -> {
            workspaces.recordSeen(request.getContext().getTeamId(), request.getContext().getEnterpriseId());
            return chain.next(request);
        });
    }
}
