package org.techvoice.voice;

import java.time.LocalDate;
import java.util.List;

import org.techvoice.themes.Theme;

/**
 * What became of a voice entry, for {@code /tc voice status}: the finding it joined and the actions linked to it.
 * Implemented by the feature that follows the plan (loop), read through an {@code ObjectProvider}, so voice depends on
 * neither findings nor the plan.
 */
public interface EntryFollowUp {

    FollowUp followUp(String teamId, VoiceView entry);

    /**
     * @param findings what technicians said that the entry is part of (empty: not grouped yet)
     * @param actions  the plan's actions answering those findings, or citing the entry
     */
    record FollowUp(List<JoinedFinding> findings, List<LinkedAction> actions) {

        public FollowUp {
            findings = List.copyOf(findings);
            actions = List.copyOf(actions);
        }
    }

    /** @param state where the finding stands with the lead */
    record JoinedFinding(String reference, Theme theme, String title, State state) {
    }

    enum State { WAITING_FOR_REVIEW, IN_THE_PLAN, ALREADY_COVERED, DECIDED_AGAINST }

    /** @param status the plan's word for where it stands (Red, Amber, Green, or done) */
    record LinkedAction(String reference, String description, String lead, LocalDate deadline, String status) {
    }
}
