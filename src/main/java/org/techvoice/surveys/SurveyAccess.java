package org.techvoice.surveys;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.TechVoiceProperties;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;

/** Building, managing and reading surveys is for leads and admins; a refusal names who can. */
@Component
class SurveyAccess {

    private final RoleService roles;
    private final TechVoiceProperties properties;

    SurveyAccess(RoleService roles, TechVoiceProperties properties) {
        this.roles = roles;
        this.properties = properties;
    }

    void requireLead(String teamId, String userId, String doing) {
        if (!roles.hasRole(teamId, userId, Role.LEAD)) {
            throw new SurveyProblem(":lock: Only TechVoice leads and admins can " + doing + ". " + whoCan(teamId));
        }
    }

    private String whoCan(String teamId) {
        Set<String> people = new LinkedHashSet<>(roles.holders(teamId, Role.LEAD));
        people.addAll(roles.holders(teamId, Role.ADMIN));
        people.addAll(properties.admins());
        if (people.isEmpty()) {
            return "Nobody holds that role yet: ask whoever installed TechVoice to set TECHVOICE_ADMINS.";
        }
        return "Ask one of them: " + people.stream().limit(10).map(id -> "<@" + id + ">").collect(Collectors.joining(", ")) + ".";
    }
}
