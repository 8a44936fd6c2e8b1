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

    /**
     * What is wrong with one field.
     *
     * @param typed what was typed, for {@link Reason#UNKNOWN}; else empty
     */
    public record Problem(Reason reason, String typed) {

        public enum Reason {
            /** Nothing given where something is needed. */
            MISSING,
            /** Longer than {@link TechnicianDetails#DEPARTMENT_LIMIT}. */
            TOO_LONG,
            /** More than one line. */
            NOT_ONE_LINE,
            /** Not a job family or registration TechVoice knows. */
            UNKNOWN
        }

        public Problem {
            typed = typed == null ? "" : typed.strip();
        }

        static Problem of(Reason reason) {
            return new Problem(reason, "");
        }
    }

    /** The problems, by field, in the form's order; empty when the details can be saved. */
    public Map<Field, Problem> problems() {
        Map<Field, Problem> problems = new EnumMap<>(Field.class);
        String dept = department == null ? "" : department.strip();
        if (dept.isEmpty()) {
            problems.put(Field.DEPARTMENT, Problem.of(Problem.Reason.MISSING));
        } else if (dept.length() > DEPARTMENT_LIMIT) {
            problems.put(Field.DEPARTMENT, Problem.of(Problem.Reason.TOO_LONG));
        } else if (dept.chars().anyMatch(Character::isISOControl)) {
            problems.put(Field.DEPARTMENT, Problem.of(Problem.Reason.NOT_ONE_LINE));
        }
        if (jobFamily == null || jobFamily.isBlank()) {
            problems.put(Field.JOB_FAMILY, Problem.of(Problem.Reason.MISSING));
        } else if (JobFamily.fromText(jobFamily).isEmpty()) {
            problems.put(Field.JOB_FAMILY, new Problem(Problem.Reason.UNKNOWN, jobFamily));
        }
        if (!ProfessionalRegistration.meansNone(registration) && ProfessionalRegistration.fromText(registration).isEmpty()) {
            problems.put(Field.REGISTRATION, new Problem(Problem.Reason.UNKNOWN, registration));
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
}
