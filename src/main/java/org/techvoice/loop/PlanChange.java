package org.techvoice.loop;

import java.time.LocalDate;

/** A change to an action of the plan, waiting for the day's "you said, we did" post. */
record PlanChange(long actionId, Kind kind, LocalDate changedOn) {

    /** What happened, in the order of how much it says: completed outweighs accepted outweighs a status change. */
    enum Kind {
        STATUS_CHANGED, ACCEPTED, COMPLETED
    }
}
