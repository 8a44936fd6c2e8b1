package org.techvoice.loop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.themes.Theme;

/**
 * The network's digest of a period, as facts: nothing here names anyone who did not agree to be posted about
 * (celebrations are only those the person approved, by the day they were posted in the network channel), and no count
 * is below the minimum group size.
 *
 * @param from           the first day of the period
 * @param until          the day after its last (the day it is posted)
 * @param entriesPerTheme voice entries and contributions per theme, only themes with at least the minimum group size
 * @param quieterThemes  themes with some entries, but fewer than the minimum group size (not counted)
 */
public record Digest(String teamId, LocalDate from, LocalDate until, LoopSettings.DigestFrequency frequency, int minimumGroupSize,
        List<Celebration> celebrations, Map<Theme, Long> entriesPerTheme, List<Theme> quieterThemes, List<OpenSurvey> surveys,
        List<MovedAction> actions) {

    public Digest {
        celebrations = List.copyOf(celebrations);
        entriesPerTheme = Map.copyOf(entriesPerTheme);
        quieterThemes = List.copyOf(quieterThemes);
        surveys = List.copyOf(surveys);
        actions = List.copyOf(actions);
    }

    /** Nothing to say: no digest is posted. */
    public boolean empty() {
        return celebrations.isEmpty() && entriesPerTheme.isEmpty() && quieterThemes.isEmpty() && surveys.isEmpty() && actions.isEmpty();
    }

    /** A celebration the person celebrated approved for the network channel. */
    public record Celebration(String reference, String subjectUserId, String text) {
    }

    /**
     * @param respondents      while an anonymous survey is open, rounded down to a step (see {@code respondentsStep})
     * @param respondentsStep  0 when exact
     */
    public record OpenSurvey(String reference, String title, int asked, int respondents, int respondentsStep, int responseRatePercent,
            Instant closesAt) {
    }

    public record MovedAction(String reference, String description, Rag rag, ActionStatus status, SaidDidPost.Change change) {
    }
}
