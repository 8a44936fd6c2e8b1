package org.techvoice.surveys;

import org.springframework.stereotype.Component;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;

/** Building, managing and reading surveys is for leads and admins; a refusal names who can. */
@Component
class SurveyAccess {

    private final RoleService roles;

    SurveyAccess(RoleService roles) {
        this.roles = roles;
    }

    /** @param doing what was refused, completing "Only ... can ___", e.g. "build surveys" */
    void requireLead(String teamId, String userId, SurveyProblem.LeadAction doing) {
        if (!roles.hasRole(teamId, userId, Role.LEAD)) {
            throw SurveyProblem.leadsOnly(roles.whoCan(teamId, Role.LEAD), doing);
        }
    }
}
