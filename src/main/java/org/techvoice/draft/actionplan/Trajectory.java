package org.techvoice.draft.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An action's RAG ratings over time, each change once ({@code Red, Amber, Green} for updates Red, Red, Amber, Green),
 * with the day of its last update.
 */
public record Trajectory(List<Rag> ratings, Instant lastUpdate, int updates) {

    public Trajectory {
        ratings = List.copyOf(ratings);
    }

    public static Trajectory of(List<ProgressUpdate> history) {
        List<Rag> ratings = new ArrayList<>();
        for (ProgressUpdate update : history) {
            if (ratings.isEmpty() || ratings.get(ratings.size() - 1) != update.rag()) {
                ratings.add(update.rag());
            }
        }
        Instant last = history.isEmpty() ? null : history.get(history.size() - 1).updatedAt();
        return new Trajectory(ratings, last, history.size());
    }
}
