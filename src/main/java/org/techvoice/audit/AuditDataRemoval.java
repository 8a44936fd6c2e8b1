package org.techvoice.audit;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** The audit log of a workspace that uninstalled TechVoice goes with the rest of its data. */
@Component
class AuditDataRemoval implements WorkspaceDataRemoval {

    private final AuditEntryRepository entries;

    AuditDataRemoval(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public Set<String> tables() {
        return Set.of("audit_entry");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return entries.deleteByTeamId(teamId);
    }
}
