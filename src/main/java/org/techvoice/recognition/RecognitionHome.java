package org.techvoice.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.people.Role;
import org.techvoice.people.RoleService;
import org.techvoice.themes.Theme;

/** What the App Home shows of voice and recognition: one's recent entries, and for leads and admins the last 30 days. */
@Service
public class RecognitionHome {

    static final int RECENT = 8;
    static final int OVERVIEW_DAYS = 30;

    private final OwnEntries own;
    private final EntryEvidence evidence;
    private final CelebrationService celebrations;
    private final RoleService roles;
    private final Clock clock;

    RecognitionHome(OwnEntries own, EntryEvidence evidence, CelebrationService celebrations, RoleService roles, Clock clock) {
        this.own = own;
        this.evidence = evidence;
        this.celebrations = celebrations;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * @param overview        present for leads and admins only
     */
    public record Home(List<OwnEntry> recent, Optional<Overview> overview) {
    }

    /** Entries per theme over the last {@value #OVERVIEW_DAYS} days (an entry counts once under each of its themes). */
    public record Overview(Map<Theme, Long> perTheme, long entries, Optional<String> networkChannel) {
    }

    @Transactional(readOnly = true)
    public Home home(String teamId, String userId) {
        List<OwnEntry> recent = own.list(teamId, userId).stream().limit(RECENT).toList();
        if (!roles.hasRole(teamId, userId, Role.LEAD)) {
            return new Home(recent, Optional.empty());
        }
        Map<Theme, Long> perTheme = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            perTheme.put(theme, 0L);
        }
        long[] entries = {0};
        evidence.forEachEntry(teamId, LocalDate.now(clock).minusDays(OVERVIEW_DAYS), entry -> {
            entries[0]++;
            entry.themes().forEach(theme -> perTheme.merge(theme, 1L, Long::sum));
        });
        return new Home(recent, Optional.of(new Overview(perTheme, entries[0], celebrations.networkChannel(teamId))));
    }
}
