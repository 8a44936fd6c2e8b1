package org.techvoice.draft;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.techvoice.themes.Theme;
import org.techvoice.understanding.Embedding;
import org.techvoice.understanding.Placement;

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
 * @param embedding    what the text means, stored with the row; null until the embedding job has reached it (then
 *                     the draft falls back to the rules for this entry rather than embedding it itself); a contribution
 *                     or achievement whose placement is current comes without it (it is not needed)
 * @param placement    where the embedding job placed its vector among Appendix A's activities (contributions and
 *                     achievements), or null when not placed
 */
public record EvidenceEntry(String reference, Kind kind, String category, Set<Theme> themes, String text,
        String authorUserId, LocalDate date, String link, boolean celebrated, Embedding embedding, Placement placement) {

    public enum Kind { VOICE, CONTRIBUTION, ACHIEVEMENT }

    /**
     * By date, then as they were logged: voice, contributions, achievements, each by its number. Entries reach
     * the draft in no particular order, so whatever it lists or samples follows this order and the same evidence
     * always gives the same draft.
     */
    public static final Comparator<EvidenceEntry> OLDEST_FIRST = Comparator.comparing(EvidenceEntry::date)
            .thenComparing(EvidenceEntry::kind)
            .thenComparingLong(EvidenceEntry::referenceNumber)
            .thenComparing(EvidenceEntry::reference);

    public EvidenceEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        themes = sameSet(themes);
    }

    /** Every set of themes there can be, indexed by the bits of its themes' ordinals. */
    private static final List<Set<Theme>> THEME_SETS = IntStream.range(0, 1 << Theme.values().length)
            .mapToObj(bits -> Set.copyOf(Arrays.stream(Theme.values()).filter(theme -> (bits & 1 << theme.ordinal()) != 0).toList()))
            .toList();

    /**
     * The same as {@code Set.copyOf(themes)} (an immutable set, a null theme refused), shared: {@code Set.copyOf} built a
     * hash set for each of the 100,000 entries a draft reads, to copy one or two themes.
     */
    private static Set<Theme> sameSet(Set<Theme> themes) {
        int bits = 0;
        for (Theme theme : themes) {
            bits |= 1 << Objects.requireNonNull(theme).ordinal();
        }
        return THEME_SETS.get(bits);
    }

    /** An entry with no stored placement. */
    public EvidenceEntry(String reference, Kind kind, String category, Set<Theme> themes, String text,
            String authorUserId, LocalDate date, String link, boolean celebrated, Embedding embedding) {
        this(reference, kind, category, themes, text, authorUserId, date, link, celebrated, embedding, null);
    }

    /** An entry not embedded (yet). */
    public EvidenceEntry(String reference, Kind kind, String category, Set<Theme> themes, String text,
            String authorUserId, LocalDate date, String link, boolean celebrated) {
        this(reference, kind, category, themes, text, authorUserId, date, link, celebrated, null, null);
    }

    public boolean anonymous() {
        return authorUserId == null;
    }

    /** The number of a reference such as {@code C-40}, or 0 when it has none. */
    private static long referenceNumber(EvidenceEntry entry) {
        String digits = entry.reference().substring(entry.reference().lastIndexOf('-') + 1);
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
