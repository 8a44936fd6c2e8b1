package org.techvoice.draft.document;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.EvidenceEntry.Kind;
import org.techvoice.themes.ActivityMatcher;
import org.techvoice.understanding.ActivityBank;
import org.techvoice.understanding.Placement;

/**
 * Which Appendix A activities a contribution or achievement evidences, for the gap analysis and the findings' gaps
 * alike: the rules ({@link ActivityMatcher}, precise on the words they know) and the model (the entry's stored vector
 * nearest an activity's descriptions, {@link ActivityBank}), less the matches the workspace's lead marked wrong. Voice
 * entries are views, never activities in place: they evidence nothing. Nothing is embedded here, and mostly nothing is
 * measured either: the embedding job stored where each vector places its entry ({@link Placement}), which is used when
 * it was placed against this bank; only an entry placed against none (or another) is measured from its vector. An entry
 * without a stored vector, or any entry while the model is not ready, is matched by the rules alone.
 */
@Component
public class ActivityMatches {

    private final ActivityMatcher rules;
    private final ActivityBank model;
    private final MatchCorrections corrections;

    ActivityMatches(ActivityMatcher rules, ActivityBank model, MatchCorrections corrections) {
        this.rules = rules;
        this.model = model;
        this.corrections = corrections;
    }

    /** For one workspace's draft or review: its corrections are read once, here. */
    public Function<EvidenceEntry, Set<String>> forTeam(String teamId) {
        return matching(rules, model, corrections.dropped(teamId));
    }

    /** The rules' activities for text that has no stored vector (the profile, the plan's actions). */
    Set<String> ofText(String text) {
        return text == null ? Set.of() : rules.matchingActivities(text);
    }

    /** Whether entries with a stored vector are matched by meaning too (the model and the bank are ready), for the appendix to say. */
    boolean byMeaning() {
        return model.ready();
    }

    MatchCorrections.Dropped dropped(String teamId) {
        return corrections.dropped(teamId);
    }

    /** The matching itself, without Spring, for the draft's and the findings' unit tests. */
    public static Function<EvidenceEntry, Set<String>> matching(ActivityMatcher rules, ActivityBank model,
            MatchCorrections.Dropped dropped) {
        return entry -> {
            if (entry.kind() == Kind.VOICE || entry.text() == null || entry.text().isBlank()) {
                return Set.of();
            }
            Set<String> ids = new TreeSet<>(rules.matchingActivities(entry.text()));
            if (model != null) {
                // where the embedding job placed the vector against this very bank is what the vector would give now
                Placement placed = entry.placement();
                if (placed != null && placed.current(model.stamp())) {
                    if (placed.target() != null) {
                        ids.add(placed.target());
                    }
                } else if (entry.embedding() != null) {
                    model.activity(entry.embedding()).ifPresent(ids::add);
                }
            }
            ids.removeIf(id -> dropped.dropped(id, entry.reference()));
            return ids;
        };
    }
}
