package org.techvoice.draft.actionplan;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** The action plan of a workspace that uninstalled TechVoice. */
@Component
class ActionPlanDataRemoval implements WorkspaceDataRemoval {

    private final ActionPlanRepository actions;
    private final ActionProgressLog progress;

    private final JdbcClient jdbc;

    ActionPlanDataRemoval(ActionPlanRepository actions, ActionProgressLog progress, javax.sql.DataSource dataSource) {
        this.actions = actions;
        this.progress = progress;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Set<String> tables() {
        return Set.of("action_plan_item", "action_progress", "action_nudge_setting");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        // the history first: it refers to the actions
        long settings = jdbc.sql("DELETE FROM action_nudge_setting WHERE team_id = :team").param("team", teamId).update();
        return settings + progress.removeWorkspace(teamId) + actions.deleteByTeamId(teamId);
    }
}
