package org.techvoice.findings;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** The lead's decisions on findings of a workspace that uninstalled TechVoice. */
@Component
class FindingsDataRemoval implements WorkspaceDataRemoval {

    private final FindingDecisions decisions;

    FindingsDataRemoval(FindingDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Set<String> tables() {
        return Set.of("finding_decision");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return decisions.removeWorkspace(teamId);
    }
}
