package org.techvoice.scheduling;

import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** Requests still waiting when a workspace's data is deleted go with it. */
@Component
class StoredRequestDataRemoval implements WorkspaceDataRemoval {

    private final JdbcTemplate jdbc;

    StoredRequestDataRemoval(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Set<String> tables() {
        return Set.of("stored_request");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return jdbc.update("delete from stored_request where team_id = ?", teamId);
    }
}
