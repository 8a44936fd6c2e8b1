package org.techvoice.people;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** Roles and technicians of a workspace that uninstalled TechVoice. */
@Component
class PeopleDataRemoval implements WorkspaceDataRemoval {

    private final PersonRoleRepository roles;
    private final TechnicianRepository technicians;

    PeopleDataRemoval(PersonRoleRepository roles, TechnicianRepository technicians) {
        this.roles = roles;
        this.technicians = technicians;
    }

    @Override
    public Set<String> tables() {
        return Set.of("person_role", "technician");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return roles.deleteByTeamId(teamId) + technicians.deleteByTeamId(teamId);
    }
}
