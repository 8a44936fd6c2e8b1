package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;

/**
 * For the Appendix A gap analysis: which of the form's example activities the contributions and achievements
 * speak to (voice entries are views, not activities in place), with a few references each so the reader can check.
 *
 * <p>Matching costs about a tenth of a millisecond per text, so a workspace with 100,000 entries would spend
 * seconds on it alone. Up to {@code limit} entries are matched all of them; beyond that an even random sample of
 * {@code limit}, and the appendix says so. Public so the findings feature finds the same gaps as the appendix.
 */
public final class ActivityEvidence implements Consumer<EvidenceEntry> {

    static final int REFERENCES_SHOWN = 3;

    private final Function<EvidenceEntry, ? extends Collection<String>> matchingActivityIds;
    private final Sample<EvidenceEntry> entries;
    private Map<String, Hits> hits;

    /** @param matchingActivityIds the ids of the example activities an entry evidences ({@link ActivityMatches}) */
    public ActivityEvidence(Function<EvidenceEntry, ? extends Collection<String>> matchingActivityIds, int limit, long seed) {
        this.matchingActivityIds = matchingActivityIds;
        this.entries = new Sample<>(limit, seed, EvidenceEntry::reference);
    }

    @Override
    public void accept(EvidenceEntry entry) {
        if (entry.kind() != Kind.VOICE && entry.text() != null && !entry.text().isBlank()) {
            entries.offer(entry);
        }
    }

    /** How many contributions and achievements there were, and how many of them were matched. */
    long seen() {
        return entries.seen();
    }

    int matched() {
        return Math.toIntExact(Math.min(entries.seen(), entries.size()));
    }

    public boolean sampled() {
        return entries.seen() > entries.size();
    }

    public Hits hits(String activityId) {
        return hits().getOrDefault(activityId, new Hits());
    }

    /**
     * Matches the sample now, once every entry has been given: the draft starts it beside the findings, which ask first,
     * and the gap analysis, which asks next. Should it fail, nothing is kept, and the first to ask meets the failure.
     */
    void match() {
        hits();
    }

    /** Matched once, at the first question (or {@link #match}): the findings and the gap analysis both ask. */
    private synchronized Map<String, Hits> hits() {
        if (hits == null) {
            List<EvidenceEntry> sample = entries.sorted(EvidenceEntry.OLDEST_FIRST);
            // each entry matched on its own (up to 10,000 texts through every rule: most of what making the findings costs
            // once the entries are read), so on every core; then counted in the sample's order, as one thread would
            List<? extends Collection<String>> matched = sample.parallelStream().map(matchingActivityIds).toList();
            hits = new HashMap<>();
            for (int i = 0; i < sample.size(); i++) {
                for (String id : matched.get(i)) {
                    hits.computeIfAbsent(id, key -> new Hits()).add(sample.get(i));
                }
            }
        }
        return hits;
    }

    public static final class Hits {
        private long count;
        private final List<EvidenceEntry> examples = new ArrayList<>(REFERENCES_SHOWN);

        void add(EvidenceEntry entry) {
            count++;
            if (examples.size() < REFERENCES_SHOWN) {
                examples.add(entry);
            }
        }

        public long count() {
            return count;
        }

        public List<EvidenceEntry> examples() {
            return examples;
        }
    }
}
