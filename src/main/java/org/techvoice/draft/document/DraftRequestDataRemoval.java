package org.techvoice.draft.document;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** Drafts still waiting when their workspace's data is deleted are not compiled any more. */
@Component
class DraftRequestDataRemoval implements WorkspaceDataRemoval {

    private final DraftRequestRepository requests;

    DraftRequestDataRemoval(DraftRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Set<String> tables() {
        return Set.of("draft_request");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return requests.deleteByTeamId(teamId);
    }
}
