package org.techvoice.draft.actionplan;

import org.springframework.stereotype.Component;
import org.techvoice.privacy.PersonalDataHolder;

/**
 * Progress updates name who made them. Export lists a person's updates; forget-me keeps them (they are the
 * institution's record of its plan) but replaces who made them with "forgotten", as the audit log does.
 */
@Component
class ActionPlanPersonalData implements PersonalDataHolder {

    private final ActionProgressLog progress;

    ActionPlanPersonalData(ActionProgressLog progress) {
        this.progress = progress;
    }

    @Override
    public String section() {
        return "action plan updates";
    }

    @Override
    public Object export(String teamId, String userId) {
        return progress.madeBy(teamId, userId);
    }

    @Override
    public ErasureReport erase(String teamId, String userId) {
        int anonymised = progress.forget(teamId, userId);
        return new ErasureReport(section(), 0, anonymised,
                anonymised == 0 ? "No action plan updates." : "Action plan updates kept, no longer naming you.");
    }
}
