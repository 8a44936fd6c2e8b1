package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.Set;

import org.techvoice.themes.Theme;
import org.techvoice.understanding.Placement;

/**
 * Contributions and achievements as the draft reads them: every column it needs but the vector, and where the vector
 * places the row among Appendix A's activities (V107). The vector (384 bytes a row, most of what a row weighs) is read
 * only for the rows whose placement is missing or was made against another bank.
 */
final class StoredEvidence {

    private StoredEvidence() {
    }

    /** A contribution's columns for the draft. */
    record ContributionRow(Long id, String userId, ContributionKind kind, String body, Set<Theme> themes, LocalDate happenedOn,
            String link, String placedTarget, Double placedSimilarity, String placedAgainst) {

        Placement placement() {
            return Placement.stored(placedTarget, placedSimilarity, placedAgainst);
        }
    }

    /** An achievement's columns for the draft. */
    record AchievementRow(Long id, String subjectUserId, String body, Set<Theme> themes, LocalDate achievedOn, Achievement.Status status,
            boolean posted, String placedTarget, Double placedSimilarity, String placedAgainst) {

        Placement placement() {
            return Placement.stored(placedTarget, placedSimilarity, placedAgainst);
        }
    }
}
