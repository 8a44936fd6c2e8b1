package org.techvoice.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.techvoice.installations.AppInstalled;
import org.techvoice.installations.Installations;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.workspaces.WorkspaceRecorded;

/**
 * Whoever installs TechVoice administers it: in the workspace, or in each workspace of the org for an org-wide
 * install, including the org's workspaces TechVoice meets later. Apart from {@link Installations} because roles
 * look people up in Slack with the installed tokens: {@code Installations} must not need {@code RoleService}.
 */
@Component
public class InstallerAdmins {

    private static final Logger log = LoggerFactory.getLogger(InstallerAdmins.class);

    private final Installations installations;
    private final RoleService roles;

    InstallerAdmins(Installations installations, RoleService roles) {
        this.installations = installations;
        this.roles = roles;
    }

    @EventListener
    void onInstalled(AppInstalled installed) {
        if (installed.installerUserId() != null) {
            installed.teamIds().forEach(team -> grant(team, installed.installerUserId()));
        }
    }

    @EventListener
    void onWorkspaceRecorded(WorkspaceRecorded recorded) {
        if (recorded.enterpriseId() == null) {
            return;
        }
        try {
            installations.orgInstaller(recorded.enterpriseId()).ifPresent(installer -> grant(recorded.teamId(), installer));
        } catch (RuntimeException e) {
            // the request that recorded the workspace must still be answered
            log.warn("Could not make the org installer an admin of workspace {}: {}", recorded.teamId(), e.getMessage());
        }
    }

    private void grant(String teamId, String installerUserId) {
        roles.grant(teamId, installerUserId, Role.ADMIN, installerUserId);
    }
}
