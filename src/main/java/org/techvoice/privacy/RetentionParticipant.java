package org.techvoice.privacy;

import java.time.Instant;

/**
 * Implemented by every feature that keeps data which must not be kept for ever. The retention job calls it
 * once per workspace with the cutoff for {@link #dataKind()} (see {@link RetentionProperties}).
 */
public interface RetentionParticipant {

    /** Key of this data in {@code techvoice.retention.periods}, e.g. "entries", "audit", "outbox". */
    String dataKind();

    /**
     * Deletes or anonymises the workspace's data of this kind older than {@code cutoff}.
     *
     * @return how many records were deleted or anonymised
     */
    int expireBefore(String teamId, Instant cutoff);
}
