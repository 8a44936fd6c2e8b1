package org.techvoice.draft.document;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.themes.Theme;

/**
 * Everything the draft needs from the entries, gathered as they stream past: counts, monthly figures and a
 * bounded handful of items and quotes per theme. Memory stays the same whether there are ten entries or
 * a hundred thousand.
 */
final class EvidenceTally implements Consumer<EvidenceEntry> {

    private final int itemsPerTheme;
    private final Map<Theme, ThemeTally> themes = new EnumMap<>(Theme.class);
    private final Map<Kind, Long> totals = new EnumMap<>(Kind.class);
    private final ActivityEvidence activities;
    private LocalDate first;
    private LocalDate last;
    private long celebrated;
    /** the first few celebrated achievements, to cite where the celebrations themselves are the evidence */
    private final java.util.TreeSet<EvidenceEntry> firstCelebrated = new java.util.TreeSet<>(EvidenceEntry.OLDEST_FIRST);

    EvidenceTally(int itemsPerTheme, int quotesPerTheme, long seed, ActivityEvidence activities) {
        this.itemsPerTheme = itemsPerTheme;
        this.activities = activities;
        for (Theme theme : Theme.values()) {
            themes.put(theme, new ThemeTally(quotesPerTheme, seed + theme.ordinal()));
        }
    }

    @Override
    public void accept(EvidenceEntry entry) {
        totals.merge(entry.kind(), 1L, Long::sum);
        if (entry.kind() == Kind.ACHIEVEMENT && entry.celebrated()) {
            celebrated++;
            // once full, a later one than the last kept would be added only to be dropped again: one comparison instead
            if (firstCelebrated.size() < ActivityEvidence.REFERENCES_SHOWN
                    || EvidenceEntry.OLDEST_FIRST.compare(entry, firstCelebrated.last()) < 0) {
                firstCelebrated.add(entry);
                if (firstCelebrated.size() > ActivityEvidence.REFERENCES_SHOWN) {
                    firstCelebrated.pollLast();
                }
            }
        }
        if (entry.kind() != Kind.VOICE) {
            first = first == null || entry.date().isBefore(first) ? entry.date() : first;
            last = last == null || entry.date().isAfter(last) ? entry.date() : last;
        }
        for (Theme theme : entry.themes()) {
            themes.get(theme).add(entry, itemsPerTheme);
        }
        activities.accept(entry);
    }

    ThemeTally theme(Theme theme) {
        return themes.get(theme);
    }

    long total(Kind kind) {
        return totals.getOrDefault(kind, 0L);
    }

    /** Achievements celebrated in the network channel through TechVoice, each once whatever its themes. */
    long celebrated() {
        return celebrated;
    }

    /** The earliest few of them, oldest first. */
    List<EvidenceEntry> firstCelebrated() {
        return List.copyOf(firstCelebrated);
    }

    long total() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Every month from the first contribution or achievement to the last, so the chart shows quiet months as zero,
     * not as gaps. Voice entries are views, not initiatives: they are not counted here.
     */
    List<YearMonth> months() {
        if (first == null) {
            return List.of();
        }
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** What was gathered for one theme. */
    static final class ThemeTally {

        private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        /** contributions and achievements only */
        private final Map<YearMonth, Long> perMonth = new TreeMap<>();
        private final Map<String, Long> celebratedByCategory = new TreeMap<>();
        /** the most recent contributions and achievements, oldest at the head so it is the one to drop */
        private final PriorityQueue<EvidenceEntry> recentItems = new PriorityQueue<>(EvidenceEntry.OLDEST_FIRST);
        private final Sample<EvidenceEntry> quotes;

        ThemeTally(int quotes, long seed) {
            this.quotes = new Sample<>(quotes, seed, EvidenceEntry::reference);
        }

        void add(EvidenceEntry entry, int itemLimit) {
            counts.merge(entry.kind(), 1L, Long::sum);
            if (entry.kind() == Kind.VOICE) {
                if (entry.text() != null && !entry.text().isBlank()) {
                    quotes.offer(entry);
                }
                return;
            }
            perMonth.merge(YearMonth.from(entry.date()), 1L, Long::sum);
            if (entry.kind() == Kind.ACHIEVEMENT && entry.celebrated()) {
                celebratedByCategory.merge(category(entry), 1L, Long::sum);
            }
            // once full, an entry older than the oldest kept would be added only to be polled again: for 100,000 entries
            // in no order of date, one comparison each instead of a heap's insertion and removal
            if (recentItems.size() >= itemLimit && EvidenceEntry.OLDEST_FIRST.compare(entry, recentItems.peek()) < 0) {
                return;
            }
            recentItems.add(entry);
            if (recentItems.size() > itemLimit) {
                recentItems.poll();
            }
        }

        long count(Kind kind) {
            return counts.getOrDefault(kind, 0L);
        }

        /** Contributions and achievements in the month. */
        long perMonth(YearMonth month) {
            return perMonth.getOrDefault(month, 0L);
        }

        Map<String, Long> celebratedByCategory() {
            return celebratedByCategory;
        }

        /** Newest first. */
        List<EvidenceEntry> mainItems() {
            List<EvidenceEntry> items = new java.util.ArrayList<>(recentItems);
            items.sort(EvidenceEntry.OLDEST_FIRST.reversed());
            return items;
        }

        /** Oldest first. */
        List<EvidenceEntry> quotes() {
            return quotes.sorted(EvidenceEntry.OLDEST_FIRST);
        }

        static String category(EvidenceEntry entry) {
            return AchievementKinds.of(entry);
        }
    }
}
