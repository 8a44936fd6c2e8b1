package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.Set;

import org.techvoice.themes.Theme;
import org.techvoice.understanding.Embedding;

/**
 * A stored achievement, e.g. {@code A-7}.
 *
 * @param celebratedBy who logged it; the subject for one's own achievement; null once they were forgotten
 * @param approved     the subject agreed to a post (always true for one's own)
 * @param awaitingConsent the subject has not answered yet
 * @param posted       the channel post was handed to the outbox
 * @param embedding    what the text means, or null until the embedding job has reached it
 */
public record AchievementView(String reference, long id, String subjectUserId, String celebratedBy, String text,
        Set<Theme> themes, LocalDate achievedOn, boolean approved, boolean awaitingConsent, boolean posted,
        Embedding embedding) {

    public static final String PREFIX = "A-";

    public AchievementView {
        themes = Set.copyOf(themes);
    }

    public boolean own() {
        return subjectUserId.equals(celebratedBy);
    }
}
