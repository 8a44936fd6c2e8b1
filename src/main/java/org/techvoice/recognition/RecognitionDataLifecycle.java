package org.techvoice.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.privacy.RetentionParticipant;
import org.techvoice.workspaces.WorkspaceDataRemoval;

/**
 * Contributions, achievements and the network-channel setting leave with their workspace; contributions and
 * achievements also once their day is past the "entries" retention period (the Slack posts themselves stay in Slack).
 */
@Component
class RecognitionDataLifecycle implements WorkspaceDataRemoval, RetentionParticipant {

    private final ContributionRepository contributions;
    private final AchievementRepository achievements;
    private final NetworkChannelRepository networkChannels;

    RecognitionDataLifecycle(ContributionRepository contributions, AchievementRepository achievements,
            NetworkChannelRepository networkChannels) {
        this.contributions = contributions;
        this.achievements = achievements;
        this.networkChannels = networkChannels;
    }

    @Override
    public Set<String> tables() {
        return Set.of("contribution", "achievement", "network_channel");
    }

    @Override
    public long removeWorkspaceData(String teamId) {
        return contributions.deleteByTeamId(teamId) + achievements.deleteByTeamId(teamId) + networkChannels.deleteByTeamId(teamId);
    }

    @Override
    public String dataKind() {
        return "entries";
    }

    @Override
    @Transactional
    public int expireBefore(String teamId, Instant cutoff) {
        LocalDate day = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
        return (int) (contributions.deleteByTeamIdAndHappenedOnBefore(teamId, day) + achievements.deleteByTeamIdAndAchievedOnBefore(teamId, day));
    }
}
