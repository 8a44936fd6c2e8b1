package org.techvoice.draft.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.techvoice.draft.EvidenceEntry;

/**
 * For the Appendix A gap analysis: which of the form's example activities the entries speak to, with a few
 * references each so the reader can check, and a count of the rest.
 */
final class ActivityEvidence implements Consumer<EvidenceEntry> {

    static final int REFERENCES_SHOWN = 3;

    private final Function<String, ? extends java.util.Collection<String>> matchingActivityIds;
    private final Map<String, Hits> hits = new HashMap<>();

    /** @param matchingActivityIds the ids of the example activities a text speaks to */
    ActivityEvidence(Function<String, ? extends java.util.Collection<String>> matchingActivityIds) {
        this.matchingActivityIds = matchingActivityIds;
    }

    @Override
    public void accept(EvidenceEntry entry) {
        if (entry.text() == null || entry.text().isBlank()) {
            return;
        }
        for (String id : matchingActivityIds.apply(entry.text())) {
            hits.computeIfAbsent(id, key -> new Hits()).add(entry);
        }
    }

    Hits hits(String activityId) {
        return hits.getOrDefault(activityId, new Hits());
    }

    static final class Hits {
        private long count;
        private final List<EvidenceEntry> examples = new ArrayList<>(REFERENCES_SHOWN);

        void add(EvidenceEntry entry) {
            count++;
            if (examples.size() < REFERENCES_SHOWN) {
                examples.add(entry);
            }
        }

        long count() {
            return count;
        }

        List<EvidenceEntry> examples() {
            return examples;
        }
    }
}
