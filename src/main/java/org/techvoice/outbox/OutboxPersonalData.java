package org.techvoice.outbox;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.privacy.PersonalDataHolder;

/**
 * Copies of messages already sent to a person (DMs, earlier my-data files) wait in the outbox until retention
 * removes them; forget-me removes them at once. Messages still owed to Slack are left to be delivered.
 */
@Component
class OutboxPersonalData implements PersonalDataHolder {

    private final SettledMessages settled;

    OutboxPersonalData(SettledMessages settled) {
        this.settled = settled;
    }

    @Override
    public String section() {
        return "sent-messages";
    }

    /** What was sent and when, not the content again: that is in the person's DMs (and would nest old exports). */
    @Override
    @Transactional(readOnly = true)
    public Object export(String teamId, String userId) {
        return settled.findSettledTo(teamId, channelJson(userId)).stream()
                .map(entry -> new SentMessage(entry.kind().name(), entry.status().name(), entry.createdAt()))
                .toList();
    }

    @Override
    @Transactional
    public ErasureReport erase(String teamId, String userId) {
        int deleted = settled.deleteSettledTo(teamId, channelJson(userId));
        return new ErasureReport(section(), deleted, 0, deleted == 0 ? ""
                : "TechVoice's copies of messages it had sent you were deleted; the messages themselves stay in your DMs "
                        + "with TechVoice, where you can delete them.");
    }

    /** User ids are letters and digits only, so they need no escaping inside the LIKE pattern. */
    private static String channelJson(String userId) {
        if (!userId.matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("not a Slack user id: " + userId);
        }
        return "\"channel\":\"" + userId + "\"";
    }

    record SentMessage(String kind, String status, Instant createdAt) {
    }

}
