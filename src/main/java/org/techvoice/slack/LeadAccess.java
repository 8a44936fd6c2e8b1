package org.techvoice.slack;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.techvoice.TechVoiceProperties;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;

/** Who may work on the self-assessment (leads, and admins who hold every power), and the refusal for everyone else. */
@Component
class LeadAccess {

    private final RoleService roles;
    private final TechVoiceProperties properties;

    LeadAccess(RoleService roles, TechVoiceProperties properties) {
        this.roles = roles;
        this.properties = properties;
    }

    boolean isLead(String teamId, String userId) {
        return roles.hasRole(teamId, userId, Role.LEAD);
    }

    /** A polite refusal naming who can, e.g. "Only an institutional lead can pull the draft: <@U1>, <@U2>." */
    String refusal(String teamId, String what) {
        Set<String> leads = new LinkedHashSet<>(roles.holders(teamId, Role.LEAD));
        Set<String> admins = new LinkedHashSet<>(roles.holders(teamId, Role.ADMIN));
        admins.addAll(properties.admins());
        admins.removeAll(leads);
        StringBuilder text = new StringBuilder(":lock: Sorry, only the institutional lead or a TechVoice admin can ").append(what).append('.');
        if (!leads.isEmpty()) {
            text.append(" Leads here: ").append(mentions(leads)).append('.');
        }
        if (!admins.isEmpty()) {
            text.append(" Admins: ").append(mentions(admins)).append('.');
        }
        if (leads.isEmpty() && admins.isEmpty()) {
            text.append(" No one has been appointed yet: ask whoever installed TechVoice to set TECHVOICE_ADMINS.");
        } else {
            text.append(" Ask one of them, or ask an admin to make you a lead.");
        }
        return text.toString();
    }

    private static String mentions(Set<String> userIds) {
        return userIds.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
    }
}
