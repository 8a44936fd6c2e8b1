package org.techvoice.workspaces;

import java.util.Set;

/**
 * Implemented by every feature that stores rows keyed by a workspace's team id, so that a workspace which
 * uninstalled TechVoice has all of its data deleted once the grace period ends, without the deletion job
 * knowing any feature's tables.
 *
 * <p>A feature that adds a table with a {@code team_id} column adds it to {@link #tables()} and deletes its
 * rows in {@link #removeWorkspaceData(String)}; {@code WorkspaceDataRemovalCoverageTest} fails until it does. It lives here, beside the workspace that every such row belongs to.
 * The job calls every implementation for one team inside one transaction, so either all of a workspace's
 * data goes or none of it does.
 */
public interface WorkspaceDataRemoval {

    /** The tables whose rows for a team this implementation deletes. */
    Set<String> tables();

    /**
     * Deletes every row this feature holds for the team, anonymous ones included.
     *
     * @return how many rows were deleted, for the log line
     */
    long removeWorkspaceData(String teamId);
}
