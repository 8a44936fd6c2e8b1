package org.techvoice.people;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.techvoice.TechVoiceProperties;
import org.techvoice.audit.AuditLog;

/**
 * Who may do what, per workspace. Admins are the workspace's owners and admins (asked of Slack through
 * {@link PersonDirectory}), the people in {@code TECHVOICE_ADMINS}, and whoever is recorded with
 * {@link Role#ADMIN} (the installer); leads and champions are appointed by admins and stored. An admin holds
 * every lower power, so a fresh install is usable by its admins.
 */
@Service
public class RoleService {

    private static final Logger log = LoggerFactory.getLogger(RoleService.class);

    private final PersonRoleRepository roles;
    private final TechVoiceProperties properties;
    private final PersonDirectory directory;
    private final AuditLog audit;
    private final Clock clock;
    /** appoint and dismiss ask Slack first, then write: only the writing is one transaction. */
    private final TransactionTemplate transaction;

    RoleService(PersonRoleRepository roles, TechVoiceProperties properties, PersonDirectory directory, AuditLog audit,
            Clock clock, TransactionTemplate transaction) {
        this.roles = roles;
        this.properties = properties;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * The roles a person holds, including the powers an admin implies. Not one transaction: when the stored
     * roles do not already make the person an admin, Slack is asked, and no connection is held meanwhile.
     */
    public Set<Role> rolesOf(String teamId, String userId) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.findByTeamIdAndUserId(teamId, userId).forEach(r -> held.add(r.role()));
        if (properties.admins().contains(userId) || !held.contains(Role.ADMIN) && isWorkspaceAdmin(teamId, userId)) {
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
        audit.record(teamId, grantedBy, "role.grant", userId, "granted " + describe(role));
        return true;
    }

    /** @return false when the person did not hold the role */
    public boolean revoke(String teamId, String userId, Role role) {
        return transaction.execute(status -> revoke(teamId, userId, role, null));
    }

    /**
     * @param revokedBy who removed it, for the audit log; null when TechVoice itself did (e.g. on uninstall)
     * @return false when the person did not hold the role
     */
    @Transactional
    public boolean revoke(String teamId, String userId, Role role, String revokedBy) {
        boolean removed = roles.deleteByTeamIdAndUserIdAndRole(teamId, userId, role) > 0;
        if (removed) {
            audit.record(teamId, revokedBy, "role.revoke", userId, "removed " + describe(role));
        }
        return removed;
    }

    /** User ids explicitly granted the role, oldest first (configured admins are not listed here). */
    @Transactional(readOnly = true)
    public List<String> holders(String teamId, Role role) {
        return roles.findByTeamIdAndRoleOrderByGrantedAt(teamId, role).stream().map(PersonRole::userId).toList();
    }

    /** {@code /tc role add}: an admin appoints a lead or champion. */
    public RoleChange appoint(String teamId, String actorUserId, String targetUserId, Role role) {
        RoleChange refused = checkChange(teamId, actorUserId, role);
        if (refused != null) {
            return refused;
        }
        if (roles.existsByTeamIdAndUserIdAndRole(teamId, targetUserId, role)) {
            return RoleChange.ALREADY_HELD;
        }
        try {
            var person = directory.person(teamId, targetUserId);
            if (person.isEmpty()) {
                return RoleChange.UNKNOWN_PERSON;
            }
            if (!person.get().isActivePerson()) {
                return RoleChange.NOT_A_PERSON;
            }
        } catch (PersonDirectory.DirectoryUnavailableException e) {
            log.warn("Could not check {} before appointing them: {}", targetUserId, e.getMessage());
            return RoleChange.DIRECTORY_UNAVAILABLE;
        }
        boolean granted = transaction.execute(status -> grant(teamId, targetUserId, role, actorUserId));
        return granted ? RoleChange.DONE : RoleChange.ALREADY_HELD;
    }

    /** {@code /tc role remove}: an admin removes a lead or champion (even from a since deactivated account). */
    public RoleChange dismiss(String teamId, String actorUserId, String targetUserId, Role role) {
        RoleChange refused = checkChange(teamId, actorUserId, role);
        if (refused != null) {
            return refused;
        }
        boolean revoked = transaction.execute(status -> revoke(teamId, targetUserId, role, actorUserId));
        return revoked ? RoleChange.DONE : RoleChange.NOT_HELD;
    }

    private RoleChange checkChange(String teamId, String actorUserId, Role role) {
        if (!hasRole(teamId, actorUserId, Role.ADMIN)) {
            return RoleChange.NOT_ALLOWED;
        }
        return role == Role.ADMIN ? RoleChange.NOT_APPOINTABLE : null;
    }

    /** Everyone holding a role in the workspace. */
    @Transactional(readOnly = true)
    public RoleRoster roster(String teamId) {
        return new RoleRoster(properties.admins(), holders(teamId, Role.ADMIN), holders(teamId, Role.LEAD),
                holders(teamId, Role.CHAMPION));
    }

    /** Admins TechVoice can name: {@code TECHVOICE_ADMINS} and recorded admins (Slack's own admins come on top). */
    @Transactional(readOnly = true)
    public List<String> namedAdmins(String teamId) {
        Set<String> admins = new LinkedHashSet<>(properties.admins());
        admins.addAll(holders(teamId, Role.ADMIN));
        return List.copyOf(admins);
    }

    /** Who can do what needs {@code needed}, for a refusal that names them. */
    @Transactional(readOnly = true)
    public WhoCan whoCan(String teamId, Role needed) {
        return new WhoCan(needed, needed == Role.ADMIN ? List.of() : holders(teamId, needed), namedAdmins(teamId));
    }

    private boolean isWorkspaceAdmin(String teamId, String userId) {
        try {
            return directory.person(teamId, userId).map(PersonDirectory.DirectoryPerson::workspaceAdmin).orElse(false);
        } catch (PersonDirectory.DirectoryUnavailableException e) {
            // Failing closed: without Slack's word the person keeps only the roles TechVoice itself records.
            log.warn("Could not ask Slack whether {} is a workspace admin: {}", userId, e.getMessage());
            return false;
        }
    }

    static String describe(Role role) {
        return switch (role) {
            case ADMIN -> "admin";
            case LEAD -> "lead";
            case CHAMPION -> "technician champion";
        };
    }
}
