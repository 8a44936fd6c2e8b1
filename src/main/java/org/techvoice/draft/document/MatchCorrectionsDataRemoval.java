package org.techvoice.draft.document;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** The gap-analysis corrections of a workspace that uninstalled TechVoice. */
@Component
class MatchCorrectionsDataRemoval implements WorkspaceDataRemoval {

    private final MatchCorrections corrections;

    MatchCorrectionsDataRemoval(MatchCorrections corrections) {
        this.corrections = corrections;
    }

    @Override
    public Set<String> tables() {
        return Set.of("gap_match_correction");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return corrections.removeWorkspace(teamId);
    }
}
