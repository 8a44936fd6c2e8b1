package org.techvoice.surveys;

/**
 * Published (inside the closing transaction) when a survey closes with its answers sealed, so other features can share
 * its results back (closing the loop) without surveys knowing them.
 */
public record SurveyClosed(String teamId, long surveyId) {
}
