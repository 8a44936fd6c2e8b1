package org.techvoice.draft.actionplan;

import java.util.List;
import java.util.Map;

/**
 * The plan at a glance, for the leads' App Home: how many actions are red, amber and green (open ones), how many are
 * done or dropped, which open ones are past their deadline and which have had no update for {@link #STALE_DAYS} days.
 */
public record PlanGlance(int actions, Map<Rag, Long> openByRag, Map<ActionStatus, Long> byStatus, List<ActionItem> overdue,
        List<ActionItem> stale) {

    /** An open action with no update for this long is worth asking about. */
    public static final int STALE_DAYS = 90;

    public PlanGlance {
        openByRag = Map.copyOf(openByRag);
        byStatus = Map.copyOf(byStatus);
        overdue = List.copyOf(overdue);
        stale = List.copyOf(stale);
    }
}
