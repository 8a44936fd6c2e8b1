package org.techvoice.audit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what among leads and admins: role changes, imports, draft pulls. Features call {@link #record}
 * inside the transaction of the action itself, so an action and its audit entry commit (or roll back) together.
 */
@Service
public class AuditLog {

    /** The most entries {@code /tc audit} shows at once (Slack's message limit leaves room for about this many). */
    public static final int MAX_SHOWN = 40;
    static final int DETAIL_LIMIT = 500;

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records an action.
     *
     * @param action short dotted code, e.g. {@code role.grant}, {@code people.import}, {@code draft.pull}
     * @param detail plain text saying what exactly (which draft, which role); user ids belong in
     *               {@link #record(String, String, String, String, String)}'s subject so they can be erased
     */
    @Transactional
    public void record(String teamId, String actorUserId, String action, String detail) {
        record(teamId, actorUserId, action, null, detail);
    }

    /** Records an action done to one person ({@code subjectUserId}), e.g. granting them a role. */
    @Transactional
    public void record(String teamId, String actorUserId, String action, String subjectUserId, String detail) {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(action, "action");
        String text = detail == null ? "" : detail.strip();
        if (text.length() > DETAIL_LIMIT) {
            text = text.substring(0, DETAIL_LIMIT - 1) + "…";
        }
        entries.save(new AuditEntry(teamId, actorUserId, action, subjectUserId, text, clock.instant()));
    }

    /** The team's latest entries, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> latest(String teamId, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_SHOWN));
        return entries.findByTeamIdOrderByOccurredAtDescIdDesc(teamId, Limit.of(bounded)).stream()
                .map(AuditEntry::record)
                .toList();
    }
}
