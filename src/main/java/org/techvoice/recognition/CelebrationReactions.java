package org.techvoice.recognition;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.outbox.Outbox;

/**
 * Reactions on a celebration post, counted against its achievement. The post is found through the outbox, which
 * knows the channel and ts Slack gave it; reactions on any other message are not ours to count.
 */
@Service
public class CelebrationReactions {

    private static final Pattern POST_KEY = Pattern.compile("achievement:(\\d{1,18}):post");
    /** Slack's emoji names (with skin tone) are far shorter; anything longer is not a real reaction. */
    private static final int MAX_REACTION = 100;

    private final Outbox outbox;
    private final AchievementRepository achievements;
    private final AchievementReactionRepository reactions;
    private final Clock clock;

    CelebrationReactions(Outbox outbox, AchievementRepository achievements, AchievementReactionRepository reactions, Clock clock) {
        this.outbox = outbox;
        this.achievements = achievements;
        this.reactions = reactions;
        this.clock = clock;
    }

    public enum Outcome { COUNTED, UNCHANGED, NOT_A_CELEBRATION }

    @Transactional
    public Outcome reactionAdded(String teamId, String channel, String ts, String userId, String reaction) {
        Optional<Long> achievement = celebratedAchievement(teamId, channel, ts);
        if (achievement.isEmpty() || !valid(userId, reaction)) {
            return Outcome.NOT_A_CELEBRATION;
        }
        if (reactions.existsByTeamIdAndAchievementIdAndUserIdAndReaction(teamId, achievement.get(), userId, reaction)) {
            return Outcome.UNCHANGED;
        }
        reactions.save(new AchievementReaction(teamId, achievement.get(), userId, reaction, clock.instant()));
        return Outcome.COUNTED;
    }

    /** Removing a reaction never counted (e.g. added before the post was delivered) changes nothing. */
    @Transactional
    public Outcome reactionRemoved(String teamId, String channel, String ts, String userId, String reaction) {
        Optional<Long> achievement = celebratedAchievement(teamId, channel, ts);
        if (achievement.isEmpty() || !valid(userId, reaction)) {
            return Outcome.NOT_A_CELEBRATION;
        }
        long removed = reactions.deleteByTeamIdAndAchievementIdAndUserIdAndReaction(teamId, achievement.get(), userId, reaction);
        return removed > 0 ? Outcome.COUNTED : Outcome.UNCHANGED;
    }

    @Transactional(readOnly = true)
    public long count(String teamId, long achievementId) {
        return reactions.countByTeamIdAndAchievementId(teamId, achievementId);
    }

    private Optional<Long> celebratedAchievement(String teamId, String channel, String ts) {
        if (teamId == null || channel == null || ts == null) {
            return Optional.empty();
        }
        return outbox.keyOfDelivered(teamId, channel, ts).map(POST_KEY::matcher).filter(Matcher::matches)
                .map(m -> Long.parseLong(m.group(1)))
                .filter(id -> achievements.findByIdAndTeamId(id, teamId).isPresent());
    }

    private static boolean valid(String userId, String reaction) {
        return userId != null && !userId.isBlank() && userId.length() <= 32
                && reaction != null && !reaction.isBlank() && reaction.length() <= MAX_REACTION;
    }
}
