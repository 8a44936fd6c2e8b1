package org.techvoice.loop;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.techvoice.draft.actionplan.ActionOrigin;
import org.techvoice.draft.actionplan.ActionStatus;
import org.techvoice.draft.actionplan.Rag;
import org.techvoice.themes.Theme;

/**
 * One day's "you said, we did" post: the actions that came from technicians and moved, each with what technicians raised.
 * Only what may be shown publicly is here: counts only at or above the minimum group size, no quote, no department.
 */
public record SaidDidPost(String teamId, LocalDate day, int minimumGroupSize, List<Item> items) {

    public SaidDidPost {
        items = List.copyOf(items);
    }

    /** What happened to an action since the last post. */
    public enum Change { STATUS_CHANGED, ACCEPTED, COMPLETED }

    /**
     * @param lead     who is doing it, as the plan names them (a role or a name the lead typed into the public plan)
     * @param deadline by when
     * @param raised   what technicians raised that it answers; empty when the findings no longer show it
     * @param surveys  the surveys it came from ({@code S-3}), by the questions it or its findings cite; empty for voice
     */
    public record Item(String reference, Set<Theme> themes, String description, String lead, LocalDate deadline, Rag rag,
            ActionStatus status, ActionOrigin origin, Change change, List<Raised> raised, List<String> surveys) {

        public Item {
            themes = Set.copyOf(themes);
            raised = List.copyOf(raised);
            surveys = List.copyOf(surveys);
        }
    }

    /**
     * What technicians raised, in neutral words.
     *
     * @param title         the finding's title (a library topic or an Appendix A activity), never a quote
     * @param count         entries behind it; only meaningful when {@code countShown}
     * @param countShown    false below the minimum group size: say "fewer than N"
     * @param surveySignal  for a survey figure: the share who agreed, and how many answered; else null
     */
    public record Raised(String findingReference, Theme theme, String title, long count, boolean countShown, SurveyFigure surveySignal) {
    }

    /** A survey question whose agreement was low or fell. */
    public record SurveyFigure(String surveyReference, String question, int agreePercent, int respondents) {
    }
}
