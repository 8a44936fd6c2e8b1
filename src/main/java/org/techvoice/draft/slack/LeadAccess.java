package org.techvoice.draft.slack;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.people.slack.RoleRefusals;

/** Who may work on the self-assessment (leads, and admins who hold every power), and the refusal for everyone else. */
@Component
@NamedInterface("lead-access")
public class LeadAccess {

    private final RoleService roles;

    LeadAccess(RoleService roles) {
        this.roles = roles;
    }

    public boolean isLead(String teamId, String userId) {
        return roles.hasRole(teamId, userId, Role.LEAD);
    }

    /** A polite refusal naming who can, in the roles feature's wording so every command refuses alike. */
    public String refusal(String teamId, String what) {
        return ":lock: Sorry. " + RoleRefusals.text(roles.whoCan(teamId, Role.LEAD), what);
    }
}
