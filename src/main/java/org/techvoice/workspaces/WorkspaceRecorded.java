package org.techvoice.workspaces;

/**
 * Published once, when TechVoice first serves a workspace, so features can set it up (e.g. make the
 * installer of an org-wide install an admin of each of the org's workspaces as they appear).
 *
 * @param enterpriseId the Enterprise Grid org, or null
 */
public record WorkspaceRecorded(String teamId, String enterpriseId) {
}
