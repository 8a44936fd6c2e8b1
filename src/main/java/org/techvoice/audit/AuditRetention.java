package org.techvoice.audit;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.privacy.RetentionParticipant;

/** Audit entries are kept for their own period ({@code techvoice.retention.periods.audit}), then deleted. */
@Component
class AuditRetention implements RetentionParticipant {

    private final AuditEntryRepository entries;

    AuditRetention(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public String dataKind() {
        return "audit";
    }

    @Override
    @Transactional
    public int expireBefore(String teamId, Instant cutoff) {
        return entries.deleteOlderThan(teamId, cutoff);
    }
}
