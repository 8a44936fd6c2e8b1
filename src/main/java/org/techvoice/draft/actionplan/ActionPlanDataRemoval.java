package org.techvoice.draft.actionplan;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** The action plan of a workspace that uninstalled TechVoice. */
@Component
class ActionPlanDataRemoval implements WorkspaceDataRemoval {

    private final ActionPlanRepository actions;
    private final ActionProgressLog progress;

    ActionPlanDataRemoval(ActionPlanRepository actions, ActionProgressLog progress) {
        this.actions = actions;
        this.progress = progress;
    }

    @Override
    public Set<String> tables() {
        return Set.of("action_plan_item", "action_progress");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        // the history first: it refers to the actions
        return progress.removeWorkspace(teamId) + actions.deleteByTeamId(teamId);
    }
}
