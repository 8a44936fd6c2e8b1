package org.techvoice.draft.submission;

import org.springframework.stereotype.Component;
import org.techvoice.privacy.PersonalDataHolder;

/**
 * A submission names the lead who recorded it. Export lists what they recorded; forget-me keeps the submission (the
 * institution's record) and replaces who recorded it with "forgotten".
 */
@Component
class SubmissionPersonalData implements PersonalDataHolder {

    private final SubmissionStore store;

    SubmissionPersonalData(SubmissionStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "recorded submissions";
    }

    @Override
    public Object export(String teamId, String userId) {
        return store.recordedBy(teamId, userId);
    }

    @Override
    public ErasureReport erase(String teamId, String userId) {
        int anonymised = store.forget(teamId, userId);
        return new ErasureReport(section(), 0, anonymised,
                anonymised == 0 ? "No recorded submissions." : "Recorded submissions kept, no longer naming you.");
    }
}
