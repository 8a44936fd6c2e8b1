package org.techvoice.draft.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the evidence the draft shows. Only these handfuls are kept in memory while the entries stream
 * past, whatever their number.
 *
 * @param itemsPerTheme  contributions and achievements listed per theme (the most recent)
 * @param quotesPerTheme voice quotes per theme (sampled evenly over the period)
 */
@ConfigurationProperties("techvoice.draft")
public record DraftProperties(@DefaultValue("10") int itemsPerTheme, @DefaultValue("5") int quotesPerTheme) {

    public DraftProperties {
        if (itemsPerTheme < 1 || quotesPerTheme < 1) {
            throw new IllegalArgumentException("techvoice.draft.items-per-theme and quotes-per-theme must be at least 1");
        }
    }
}
