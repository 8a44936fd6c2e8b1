package org.techvoice.workspaces;

import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The workspace's own row goes last, after every feature removed what hangs off its team id. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WorkspaceRowRemoval implements WorkspaceDataRemoval {

    private final WorkspaceRepository workspaces;
    private final WorkspaceService service;

    WorkspaceRowRemoval(WorkspaceRepository workspaces, WorkspaceService service) {
        this.workspaces = workspaces;
        this.service = service;
    }

    @Override
    public Set<String> tables() {
        return Set.of("workspace");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        int deleted = workspaces.deleteByTeamId(teamId);
        service.forget(teamId);
        return deleted;
    }
}
