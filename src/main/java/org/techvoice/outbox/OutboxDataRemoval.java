package org.techvoice.outbox;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** Outbound messages, sent or not, of a workspace that uninstalled TechVoice: they hold what was said. */
@Component
class OutboxDataRemoval implements WorkspaceDataRemoval {

    private final OutboxRepository entries;

    OutboxDataRemoval(OutboxRepository entries) {
        this.entries = entries;
    }

    @Override
    public Set<String> tables() {
        return Set.of("outbox_message");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return entries.deleteByTeamId(teamId);
    }
}
