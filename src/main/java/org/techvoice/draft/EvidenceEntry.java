package org.techvoice.draft;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.techvoice.themes.Theme;

/**
 * One item of evidence gathered in Slack, as the draft sees it.
 *
 * @param reference    stable, human-readable reference the draft cites, e.g. {@code V-12}, {@code C-40}, {@code A-7}
 * @param kind         voice, contribution or achievement
 * @param category     finer kind, e.g. "outreach", "publication", "professional registration", "award", "idea"
 * @param themes       the themes it was logged against (at least one)
 * @param text         what was said or logged, as the person wrote it
 * @param authorUserId who it is about or who said it; {@code null} when anonymous (never attributed)
 * @param date         the day it happened or was said
 * @param link         evidence link, or null
 * @param celebrated   true once an achievement was approved and posted in the network channel
 */
public record EvidenceEntry(String reference, Kind kind, String category, Set<Theme> themes, String text,
        String authorUserId, LocalDate date, String link, boolean celebrated) {

    public enum Kind { VOICE, CONTRIBUTION, ACHIEVEMENT }

    public EvidenceEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        themes = Set.copyOf(themes);
    }

    public boolean anonymous() {
        return authorUserId == null;
    }

}
