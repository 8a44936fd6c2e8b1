package org.techvoice.people;

import java.util.List;

/**
 * Who holds which role in a workspace, for {@code /tc role list}.
 *
 * @param configuredAdmins admins named in {@code TECHVOICE_ADMINS}
 * @param grantedAdmins    admins recorded by TechVoice (e.g. whoever installed it)
 * @param leads            appointed leads, oldest first
 * @param champions        appointed technician champions, oldest first
 */
public record RoleRoster(List<String> configuredAdmins, List<String> grantedAdmins, List<String> leads, List<String> champions) {
}
