package org.techvoice.draft.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the evidence the draft shows. Only these handfuls are kept in memory while the entries stream
 * past, whatever their number.
 *
 * @param itemsPerTheme  contributions and achievements listed per theme (the most recent)
 * @param quotesPerTheme voice quotes per theme (sampled evenly over the period)
 * @param gapAnalysisEntries contributions and achievements matched against Appendix A; beyond this many, an even
 *                       random sample of this size (matching costs about 0.1 ms per entry)
 * @param minimumGroupSize a named voice quote gives its author's department only when at least this many
 *                       technicians are registered in it; the same setting as the surveys' (TECHVOICE_SURVEY_MIN_GROUP)
 */
@ConfigurationProperties("techvoice.draft")
public record DraftProperties(@DefaultValue("10") int itemsPerTheme, @DefaultValue("5") int quotesPerTheme,
        @DefaultValue("10000") int gapAnalysisEntries, @DefaultValue("5") int minimumGroupSize) {

    public DraftProperties {
        if (itemsPerTheme < 1 || quotesPerTheme < 1 || gapAnalysisEntries < 1) {
            throw new IllegalArgumentException("techvoice.draft.items-per-theme, quotes-per-theme and gap-analysis-entries must be at least 1");
        }
        if (minimumGroupSize < 3) {
            throw new IllegalArgumentException("TECHVOICE_SURVEY_MIN_GROUP must be at least 3 so small groups stay anonymous");
        }
    }
}
