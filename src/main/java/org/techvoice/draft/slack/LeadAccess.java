package org.techvoice.draft.slack;

import org.springframework.stereotype.Component;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;

/** Who may work on the self-assessment (leads, and admins who hold every power), and the refusal for everyone else. */
@Component
class LeadAccess {

    private final RoleService roles;

    LeadAccess(RoleService roles) {
        this.roles = roles;
    }

    boolean isLead(String teamId, String userId) {
        return roles.hasRole(teamId, userId, Role.LEAD);
    }

    /** A polite refusal naming who can, in the roles feature's wording so every command refuses alike. */
    String refusal(String teamId, String what) {
        return ":lock: Sorry. " + roles.refusal(teamId, Role.LEAD, what);
    }
}
