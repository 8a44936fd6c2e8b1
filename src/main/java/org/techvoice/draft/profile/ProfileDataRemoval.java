package org.techvoice.draft.profile;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/** The organisation profile of a workspace that uninstalled TechVoice: it names the lead and their contact details. */
@Component
class ProfileDataRemoval implements WorkspaceDataRemoval {

    private final OrganisationProfileRepository profiles;

    ProfileDataRemoval(OrganisationProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public Set<String> tables() {
        return Set.of("organisation_profile");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return profiles.deleteByTeamId(teamId);
    }
}
