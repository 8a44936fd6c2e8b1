package org.techvoice.draft.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.techvoice.draft.actionplan.Rag;
import org.techvoice.themes.Theme;

/**
 * The short account of a compiled draft that the lead gets in Slack beside the files.
 *
 * @param since                  first day of the evidence period, or null for everything
 * @param missing                what the draft lacks, as sentences the lead can act on
 * @param activitiesWithEvidence Appendix A example activities that some entry speaks to
 */
public record DraftSummary(String organisation, LocalDate since, LocalDate until, Map<Theme, ThemeCounts> perTheme,
        int surveys, int actions, Map<Rag, Long> actionsByRag, List<String> missing, int activitiesWithEvidence,
        int activitiesTotal) {

    public DraftSummary {
        perTheme = Map.copyOf(perTheme);
        actionsByRag = Map.copyOf(actionsByRag);
        missing = List.copyOf(missing);
    }

    public record ThemeCounts(long contributions, long achievements, long voice) {
    }
}
