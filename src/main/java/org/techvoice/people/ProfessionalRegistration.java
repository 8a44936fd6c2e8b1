package org.techvoice.people;

import java.util.Arrays;
import java.util.Optional;

/** Professional registers open to technicians (Science Council, Engineering Council, BCS and others). */
public enum ProfessionalRegistration {
    RSCITECH("RSciTech", "Registered Science Technician"),
    RSCI("RSci", "Registered Scientist"),
    CSCI("CSci", "Chartered Scientist"),
    ENGTECH("EngTech", "Engineering Technician"),
    IENG("IEng", "Incorporated Engineer"),
    CENG("CEng", "Chartered Engineer"),
    ICTTECH("ICTTech", "ICT Technician"),
    RITTECH("RITTech", "Registered IT Technician"),
    CITP("CITP", "Chartered IT Professional");

    private final String code;
    private final String title;

    ProfessionalRegistration(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** As written after a name, e.g. "RSciTech"; this is what is stored. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** Matches the code or the title, ignoring case and spaces around it. */
    public static Optional<ProfessionalRegistration> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(r -> r.code.equalsIgnoreCase(wanted) || r.title.equalsIgnoreCase(wanted) || r.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ProfessionalRegistration::code).toList());
    }

    /** Words meaning "no registration" in a form or a CSV cell. */
    public static boolean meansNone(String text) {
        return text == null || text.isBlank() || text.strip().equalsIgnoreCase("none") || text.strip().equals("-");
    }
}
