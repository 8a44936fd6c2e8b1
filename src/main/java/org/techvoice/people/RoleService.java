package org.techvoice.people;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.TechVoiceProperties;

/**
 * Who may do what, per workspace. Admins come from {@code TECHVOICE_ADMINS}; leads and champions are
 * appointed and stored. An admin holds every lower power, so a fresh install is usable by its admins.
 */
@Service
public class RoleService {

    private final PersonRoleRepository roles;
    private final TechVoiceProperties properties;
    private final Clock clock;

    RoleService(PersonRoleRepository roles, TechVoiceProperties properties, Clock clock) {
        this.roles = roles;
        this.properties = properties;
        this.clock = clock;
    }

    /** The roles a person holds, including the powers an admin implies. */
    @Transactional(readOnly = true)
    public Set<Role> rolesOf(String teamId, String userId) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.findByTeamIdAndUserId(teamId, userId).forEach(r -> held.add(r.role()));
        if (properties.admins().contains(userId)) {
            held.add(Role.ADMIN);
        }
        if (held.contains(Role.ADMIN)) {
            held.addAll(EnumSet.allOf(Role.class));
        }
        return held;
    }

    public boolean hasRole(String teamId, String userId, Role role) {
        return rolesOf(teamId, userId).contains(role);
    }

    /** @return false when the person already held the role */
    @Transactional
    public boolean grant(String teamId, String userId, Role role, String grantedBy) {
        if (roles.existsByTeamIdAndUserIdAndRole(teamId, userId, role)) {
            return false;
        }
        roles.save(new PersonRole(teamId, userId, role, grantedBy, clock.instant()));
        return true;
    }

    /** @return false when the person did not hold the role */
    @Transactional
    public boolean revoke(String teamId, String userId, Role role) {
        return roles.deleteByTeamIdAndUserIdAndRole(teamId, userId, role) > 0;
    }

    /** User ids explicitly granted the role, oldest first (configured admins are not listed here). */
    @Transactional(readOnly = true)
    public List<String> holders(String teamId, Role role) {
        return roles.findByTeamIdAndRoleOrderByGrantedAt(teamId, role).stream().map(PersonRole::userId).toList();
    }
}
