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

    /** How many of one's own celebrations still waiting for consent the champion's part lists. */
    static final int WAITING_SHOWN = 5;

    private final OwnEntries own;
    private final AchievementRepository achievements;
    private final EntryEvidence evidence;
    private final CelebrationService celebrations;
    private final RoleService roles;
    private final Clock clock;

    RecognitionHome(OwnEntries own, AchievementRepository achievements, EntryEvidence evidence, CelebrationService celebrations,
            RoleService roles, Clock clock) {
        this.own = own;
        this.achievements = achievements;
        this.evidence = evidence;
        this.celebrations = celebrations;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * @param overview        present for leads, champions and admins (champions see theme counts, as their role says)
     */
    public record Home(List<OwnEntry> recent, Optional<Overview> overview) {
    }

    /** Entries per theme over the last {@value #OVERVIEW_DAYS} days (an entry counts once under each of its themes). */
    public record Overview(Map<Theme, Long> perTheme, long entries, Optional<String> networkChannel) {
    }

    @Transactional(readOnly = true)
    public Home home(String teamId, String userId) {
        List<OwnEntry> recent = own.list(teamId, userId).stream().limit(RECENT).toList();
        if (!roles.hasRole(teamId, userId, Role.LEAD) && !roles.hasRole(teamId, userId, Role.CHAMPION)) {
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

    /**
     * What a technician champion looks after: the celebrations they started that still wait for the colleague's
     * answer (they know of those already: they wrote them), how many approved celebrations wait for a network channel,
     * and that channel. Kept-private celebrations are not listed: the colleague chose that, and the celebrator was told.
     *
     * @param waiting           newest first, at most {@value #WAITING_SHOWN}
     * @param waitingCount      all of one's celebrations still waiting for an answer
     * @param approvedUnposted  approved celebrations in the workspace not yet posted (none once the channel is set)
     */
    public record ChampionHome(List<AchievementView> waiting, int waitingCount, int approvedUnposted, Optional<String> networkChannel) {
    }

    /** Empty for anyone who is not a champion (admins hold every role, so they are). */
    @Transactional(readOnly = true)
    public Optional<ChampionHome> champion(String teamId, String userId) {
        if (!roles.hasRole(teamId, userId, Role.CHAMPION)) {
            return Optional.empty();
        }
        List<AchievementView> waiting = achievements.findByTeamIdAndCelebratedByOrderByIdDesc(teamId, userId).stream()
                .filter(a -> a.status() == Achievement.Status.AWAITING_CONSENT).map(Achievement::view).toList();
        int unposted = achievements.findByTeamIdAndStatusAndPostedFalseOrderById(teamId, Achievement.Status.APPROVED).size();
        return Optional.of(new ChampionHome(waiting.stream().limit(WAITING_SHOWN).toList(), waiting.size(), unposted,
                celebrations.networkChannel(teamId)));
    }
}
