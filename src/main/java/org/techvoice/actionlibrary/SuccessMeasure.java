package org.techvoice.actionlibrary;

import java.util.Objects;

/**
 * How an action's success is measured, as a sentence with a {@value #BASELINE} and a {@value #TARGET} slot, e.g.
 * "raise technicians with a mentor from {baseline} to {target}". The baseline is filled from the evidence (or
 * "a baseline to collect"); the target is the library's suggestion, which the lead may change.
 *
 * @param pattern       the sentence with both slots
 * @param defaultTarget the target suggested when the lead has not set one
 */
public record SuccessMeasure(String pattern, String defaultTarget) {

    public static final String BASELINE = "{baseline}";
    public static final String TARGET = "{target}";

    public SuccessMeasure {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(defaultTarget, "defaultTarget");
        if (!pattern.contains(BASELINE) || !pattern.contains(TARGET)) {
            throw new IllegalArgumentException("A success measure needs both " + BASELINE + " and " + TARGET + ": " + pattern);
        }
    }

    /** The sentence with its slots filled. */
    public String fill(String baseline, String target) {
        return pattern.replace(BASELINE, baseline).replace(TARGET, target);
    }
}
