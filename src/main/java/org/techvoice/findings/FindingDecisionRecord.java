package org.techvoice.findings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision of the lead on a finding.
 *
 * @param entryCount what the finding rested on when decided: a dismissed finding comes back only when it grows
 * @param lastDay    its latest entry (or survey) then
 * @param decidedBy  who decided; {@value #FORGOTTEN} once they asked to be forgotten
 */
public record FindingDecisionRecord(String findingReference, boolean accepted, String proposalReference, String actionReference,
        String reason, long entryCount, LocalDate lastDay, String decidedBy, Instant decidedAt) {

    public static final String FORGOTTEN = "forgotten";
}
