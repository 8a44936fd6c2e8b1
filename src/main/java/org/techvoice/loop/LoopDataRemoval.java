package org.techvoice.loop;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** The switches and waiting changes of a workspace that uninstalled TechVoice. */
@Component
class LoopDataRemoval implements WorkspaceDataRemoval {

    private final LoopSettingsStore settings;
    private final PlanChanges changes;

    LoopDataRemoval(LoopSettingsStore settings, PlanChanges changes) {
        this.settings = settings;
        this.changes = changes;
    }

    @Override
    public Set<String> tables() {
        return Set.of("loop_setting", "loop_plan_change");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return (long) changes.removeAll(teamId) + settings.remove(teamId);
    }
}
