package org.techvoice.draft.submission;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** The submissions of a workspace that uninstalled TechVoice. */
@Component
class SubmissionDataRemoval implements WorkspaceDataRemoval {

    private final SubmissionStore store;

    SubmissionDataRemoval(SubmissionStore store) {
        this.store = store;
    }

    @Override
    public Set<String> tables() {
        return Set.of("submission", "submission_action");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return store.removeWorkspace(teamId);
    }
}
