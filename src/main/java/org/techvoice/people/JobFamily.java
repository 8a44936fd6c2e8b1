package org.techvoice.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Broad technical job families, so a lead can count the technician community by kind of work
 * (the self-assessment asks how technicians are identified across the institution).
 */
public enum JobFamily {
    LABORATORY("Laboratory and research technical"),
    ENGINEERING("Engineering and workshop"),
    DIGITAL("IT, digital and data"),
    CREATIVE("Creative, arts and media"),
    TEACHING("Teaching and learning support"),
    CLINICAL("Clinical, animal and life-science support"),
    FACILITIES("Facilities and specialist services"),
    OTHER("Other technical role");

    private final String label;

    JobFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Matches the code ({@code laboratory}) or the label, ignoring case and surrounding spaces. */
    public static Optional<JobFamily> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(f -> f.name().equalsIgnoreCase(wanted) || f.label.equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** Codes for error messages: "laboratory, engineering, ...". */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
