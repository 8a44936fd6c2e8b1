package org.techvoice.audit;

import java.time.Instant;

/**
 * One audit entry as shown to admins and exported to the people it names.
 *
 * @param actorUserId   who did it; {@link #FORGOTTEN} when they have since asked to be forgotten; null when
 *                      TechVoice itself acted (e.g. on uninstall)
 * @param subjectUserId whom it was done to, if anyone; {@link #FORGOTTEN} likewise
 */
public record AuditRecord(Instant occurredAt, String actorUserId, String action, String subjectUserId, String detail) {

    /** Stands where a user id was, once that person used forget-me. */
    public static final String FORGOTTEN = "forgotten";
}
