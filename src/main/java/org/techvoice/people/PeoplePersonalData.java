package org.techvoice.people;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.TechVoiceProperties;
import org.techvoice.privacy.PersonalDataHolder;

/** The technician profile and roles TechVoice keeps about a person, for my-data and forget-me. */
@Component
class PeoplePersonalData implements PersonalDataHolder {

    private final TechnicianRepository technicians;
    private final PersonRoleRepository roles;
    private final TechVoiceProperties properties;

    PeoplePersonalData(TechnicianRepository technicians, PersonRoleRepository roles, TechVoiceProperties properties) {
        this.technicians = technicians;
        this.roles = roles;
        this.properties = properties;
    }

    @Override
    public String section() {
        return "people";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String teamId, String userId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("technicianProfile", technicians.findByTeamIdAndUserId(teamId, userId)
                .map(t -> new ProfileExport(t.profile().department(), t.profile().jobFamily(),
                        t.profile().professionalRegistration(), t.joinedAt()))
                .orElse(null));
        export.put("roles", roles.findByTeamIdAndUserId(teamId, userId).stream()
                .map(r -> new RoleExport(r.role().name(), r.grantedBy(), r.grantedAt()))
                .toList());
        export.put("rolesYouGranted", roles.findByTeamIdAndGrantedBy(teamId, userId).stream()
                .map(r -> new GrantExport(r.role().name(), r.userId(), r.grantedAt()))
                .toList());
        export.put("adminThroughTechVoiceAdmins", properties.admins().contains(userId));
        return export;
    }

    @Override
    @Transactional
    public ErasureReport erase(String teamId, String userId) {
        long profiles = technicians.deleteByTeamIdAndUserId(teamId, userId);
        List<PersonRole> held = roles.findByTeamIdAndUserId(teamId, userId);
        long heldRoles = roles.deleteByTeamIdAndUserId(teamId, userId);
        List<PersonRole> granted = roles.findByTeamIdAndGrantedBy(teamId, userId);
        granted.forEach(PersonRole::forgetGranter);
        StringBuilder note = new StringBuilder(profiles > 0 ? "Technician profile deleted. " : "You had no technician profile. ");
        note.append(heldRoles > 0
                ? "Roles removed: " + String.join(", ", held.stream().map(r -> RoleService.describe(r.role())).toList()) + ". "
                : "You held no appointed roles. ");
        if (!granted.isEmpty()) {
            note.append("Your name was removed from ").append(granted.size()).append(granted.size() == 1 ? " role" : " roles").append(" you had granted. ");
        }
        if (properties.admins().contains(userId)) {
            note.append("You stay an admin through TECHVOICE_ADMINS until whoever runs TechVoice removes you from it.");
        }
        return new ErasureReport(section(), (int) (profiles + heldRoles), granted.size(), note.toString().strip());
    }

    record ProfileExport(String department, String jobFamily, String professionalRegistration, Instant joinedAt) {
    }

    record RoleExport(String role, String grantedBy, Instant grantedAt) {
    }

    record GrantExport(String role, String grantedTo, Instant grantedAt) {
    }
}
