package org.techvoice.draft.actionplan;

import java.time.Instant;

/**
 * Published (inside the changing transaction) whenever an action enters the plan or its progress is updated, so other
 * features — the "you said, we did" posts, the digest, progress history — can follow the plan without the plan knowing
 * them. Listen with {@code @TransactionalEventListener} to act only once the change is committed.
 *
 * @param change what happened to the action
 */
public record ActionPlanChanged(String teamId, long actionId, String reference, Change change, Instant at) {

    public enum Change {
        /** added by a lead, or accepted from a proposal */
        ADDED,
        /** RAG, status or note updated */
        PROGRESSED
    }
}
