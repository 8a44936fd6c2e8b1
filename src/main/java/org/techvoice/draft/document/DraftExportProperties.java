package org.techvoice.draft.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Writing a draft to files without Slack (see {@link DraftExport}).
 *
 * @param team      Slack team id of the workspace; when absent nothing is exported
 * @param directory where the files go
 * @param since     first day of evidence (YYYY-MM-DD), or empty for the default period
 */
@ConfigurationProperties("techvoice.draft-export")
public record DraftExportProperties(String team, @DefaultValue("./drafts") String directory, String since) {

    public DraftExportProperties {
        if (since != null && !since.isBlank()) {
            try {
                java.time.LocalDate.parse(since);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("techvoice.draft-export.since must be a date like 2025-01-01, not " + since);
            }
        }
    }
}
