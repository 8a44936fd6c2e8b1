package org.techvoice.people;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a technician says about themselves, as typed (in the join form or a CSV row), checked the same
 * way wherever it comes from.
 */
public record TechnicianDetails(String department, String jobFamily, String registration) {

    public static final int DEPARTMENT_LIMIT = 200;

    /** The fields of the join form and the columns of the import. */
    public enum Field { DEPARTMENT, JOB_FAMILY, REGISTRATION }

    /** Friendly problems, by field; empty when the details can be saved. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        String dept = department == null ? "" : department.strip();
        if (dept.isEmpty()) {
            problems.put(Field.DEPARTMENT, "Please give your department or school, e.g. \"School of Chemistry\".");
        } else if (dept.length() > DEPARTMENT_LIMIT) {
            problems.put(Field.DEPARTMENT, "Please keep the department under " + DEPARTMENT_LIMIT + " characters.");
        } else if (dept.chars().anyMatch(Character::isISOControl)) {
            problems.put(Field.DEPARTMENT, "Please put the department on one line.");
        }
        if (jobFamily == null || jobFamily.isBlank()) {
            problems.put(Field.JOB_FAMILY, "Please choose a job family (one of: " + JobFamily.codes() + ").");
        } else if (JobFamily.fromText(jobFamily).isEmpty()) {
            problems.put(Field.JOB_FAMILY, "\"" + shorten(jobFamily) + "\" is not a job family I know; use one of: "
                    + JobFamily.codes() + ".");
        }
        if (!ProfessionalRegistration.meansNone(registration) && ProfessionalRegistration.fromText(registration).isEmpty()) {
            problems.put(Field.REGISTRATION, "\"" + shorten(registration) + "\" is not a registration I know; use one of: "
                    + ProfessionalRegistration.codes() + ", or leave it empty.");
        }
        return problems;
    }

    /** The profile to store; only call when {@link #problems()} is empty. */
    public TechnicianProfile toProfile(String userId) {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("details with problems cannot be saved: " + problems());
        }
        String registrationCode = ProfessionalRegistration.meansNone(registration) ? null
                : ProfessionalRegistration.fromText(registration).orElseThrow().code();
        return new TechnicianProfile(userId, department.strip(), JobFamily.fromText(jobFamily).orElseThrow().label(),
                registrationCode);
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 39) + "…" : stripped;
    }
}
