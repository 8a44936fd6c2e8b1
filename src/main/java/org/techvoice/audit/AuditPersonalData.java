package org.techvoice.audit;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.privacy.PersonalDataHolder;

/**
 * Audit entries naming the person, as actor or as the one acted upon. Forget-me keeps the entry (what was
 * done, when) but removes the person from it, so the log stays complete without identifying them.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

    private final AuditEntryRepository entries;

    AuditPersonalData(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public String section() {
        return "audit";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String teamId, String userId) {
        List<AuditRecord> naming = entries.findNaming(teamId, userId).stream().map(AuditEntry::record).toList();
        return naming;
    }

    @Override
    @Transactional
    public ErasureReport erase(String teamId, String userId) {
        int anonymised = 0;
        for (AuditEntry entry : entries.findNaming(teamId, userId)) {
            if (entry.forget(userId)) {
                anonymised++;
            }
        }
        return new ErasureReport(section(), 0, anonymised, anonymised == 0
                ? "No audit entries named you."
                : "Your name was removed from " + anonymised + " audit entr" + (anonymised == 1 ? "y" : "ies")
                        + "; what was done and when stays on record.");
    }
}
