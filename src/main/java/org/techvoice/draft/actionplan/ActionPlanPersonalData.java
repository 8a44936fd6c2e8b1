package org.techvoice.draft.actionplan;

import org.springframework.stereotype.Component;
import org.techvoice.privacy.PersonalDataHolder;

/**
 * Progress updates name who made them, actions who added them (and a mention in the lead may name the owner). Export
 * lists a person's updates and the actions they added; forget-me keeps both (they are the institution's record of its
 * plan) but replaces the person with "forgotten", as the audit log does.
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
        return java.util.Map.of("updates", progress.madeBy(teamId, userId), "actionsAdded", progress.addedBy(teamId, userId));
    }

    @Override
    public ErasureReport erase(String teamId, String userId) {
        int anonymised = progress.forget(teamId, userId) + progress.forgetInActions(teamId, userId);
        return new ErasureReport(section(), 0, anonymised,
                anonymised == 0 ? "Nothing in the action plan named you." : "Action plan entries kept, no longer naming you.");
    }
}
