package org.techvoice.findings;

import org.springframework.stereotype.Component;
import org.techvoice.privacy.PersonalDataHolder;

/**
 * The decisions a lead made on findings name the lead. Export lists them; forget-me keeps the decision (it is the
 * institution's record of why a finding was not acted on) but replaces who made it with "forgotten", as the audit log does.
 */
@Component
class FindingsPersonalData implements PersonalDataHolder {

    private final FindingDecisions decisions;

    FindingsPersonalData(FindingDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public String section() {
        return "finding decisions";
    }

    @Override
    public Object export(String teamId, String userId) {
        return decisions.madeBy(teamId, userId);
    }

    @Override
    public ErasureReport erase(String teamId, String userId) {
        int anonymised = decisions.forget(teamId, userId);
        return new ErasureReport(section(), 0, anonymised,
                anonymised == 0 ? "No decisions on findings." : "Decisions on findings kept, no longer naming you.");
    }
}
