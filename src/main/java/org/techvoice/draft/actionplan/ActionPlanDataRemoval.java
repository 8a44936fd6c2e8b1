package org.techvoice.draft.actionplan;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** The action plan of a workspace that uninstalled TechVoice. */
@Component
class ActionPlanDataRemoval implements WorkspaceDataRemoval {

    private final ActionPlanRepository actions;

    ActionPlanDataRemoval(ActionPlanRepository actions) {
        this.actions = actions;
    }

    @Override
    public Set<String> tables() {
        return Set.of("action_plan_item");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return actions.deleteByTeamId(teamId);
    }
}
