package org.techvoice.themes;

/**
 * The themes of the Technician Commitment. The first four are where activity happens; Evaluating
 * Impact is the self-assessment itself, but voice and evidence about measuring impact land there too.
 */
public enum Theme {
    VISIBILITY("Visibility"),
    RECOGNITION("Recognition"),
    CAREER_DEVELOPMENT("Career Development"),
    SUSTAINABILITY("Sustainability"),
    EVALUATING_IMPACT("Evaluating Impact");

    private final String displayName;

    Theme(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
