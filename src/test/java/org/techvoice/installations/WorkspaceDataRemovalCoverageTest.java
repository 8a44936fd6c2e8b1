package org.techvoice.installations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.techvoice.workspaces.WorkspaceDataRemoval;
import org.techvoice.support.SlackAppTest;
import org.techvoice.support.TeamTables;

/**
 * Every table holding a workspace's rows is emptied for that workspace when its grace period ends: a feature that
 * adds a table with a {@code team_id} column must list it in its {@link WorkspaceDataRemoval}.
 */
@SlackAppTest
class WorkspaceDataRemovalCoverageTest {

    /** Tables the installations feature empties by itself, and why they need no removal. */
    static final Map<String, String> HANDLED_BY_INSTALLATIONS = Map.of(
            "installation", "deleted when the workspace uninstalls; a reinstall cancels the data deletion",
            "workspace_deletion", "the schedule itself: the deletion job removes the row with the data");

    @Autowired
    List<WorkspaceDataRemoval> removals;

    @Autowired
    DataSource dataSource;

    @Test
    void everyTableWithATeamIdIsCoveredByAWorkspaceDataRemoval() {
        Set<String> covered = new HashSet<>(HANDLED_BY_INSTALLATIONS.keySet());
        removals.forEach(removal -> covered.addAll(removal.tables()));

        assertThat(new TeamTables(dataSource).names()).isNotEmpty();
        assertThat(covered).containsAll(new TeamTables(dataSource).names());
    }

    @Test
    void theWorkspaceRowIsRemovedLast() {
        assertThat(removals.get(removals.size() - 1).tables()).containsExactly("workspace");
    }
}
