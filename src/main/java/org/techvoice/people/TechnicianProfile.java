package org.techvoice.people;

/** What a technician tells TechVoice about themselves; every field but the user id is optional. */
public record TechnicianProfile(String userId, String department, String jobFamily, String professionalRegistration) {
}
