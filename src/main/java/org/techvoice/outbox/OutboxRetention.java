package org.techvoice.outbox;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.privacy.RetentionParticipant;

/**
 * Outbox rows hold whole messages (a my-data export, a DM naming someone) long after Slack has them:
 * delivered rows and rows that finally failed are deleted once past {@code techvoice.retention.periods.outbox}.
 * Pending rows are never touched: they are still owed to Slack.
 */
@Component
class OutboxRetention implements RetentionParticipant {

    private final SettledMessages expired;

    OutboxRetention(SettledMessages expired) {
        this.expired = expired;
    }

    @Override
    public String dataKind() {
        return "outbox";
    }

    @Override
    @Transactional
    public int expireBefore(String teamId, Instant cutoff) {
        return expired.deleteSettledBefore(teamId, cutoff);
    }
}
