package org.techvoice.idempotency;

import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** The event ids remembered for a workspace that uninstalled TechVoice go with the rest of its data. */
@Component
class HandledRequestsDataRemoval implements WorkspaceDataRemoval {

    private final JdbcTemplate jdbc;

    HandledRequestsDataRemoval(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Set<String> tables() {
        return Set.of("handled_request");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return jdbc.update("delete from handled_request where team_id = ?", teamId);
    }
}
