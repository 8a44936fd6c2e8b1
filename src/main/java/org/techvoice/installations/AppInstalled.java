package org.techvoice.installations;

import java.util.List;

/**
 * Published inside the transaction that stores an installation, so what must happen with it (the installer
 * becoming an admin) commits or rolls back together with it.
 *
 * @param teamIds         the workspace, or the org's workspaces TechVoice already knows for an org-wide install
 * @param installerUserId who installed; null when Slack did not say
 */
public record AppInstalled(List<String> teamIds, String installerUserId) {
}
