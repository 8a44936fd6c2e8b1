package org.techvoice.recognition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.privacy.PersonalDataHolder;

/**
 * Contributions, achievements and celebrations linked to a person. Erasing withdraws the channel posts
 * about them and takes their name off the celebrations they made for others.
 */
@Component
class RecognitionPersonalData implements PersonalDataHolder {

    private final ContributionRepository contributions;
    private final AchievementRepository achievements;
    private final CelebrationService celebrations;
    private final AchievementReactionRepository reactions;

    RecognitionPersonalData(ContributionRepository contributions, AchievementRepository achievements,
            CelebrationService celebrations, AchievementReactionRepository reactions) {
        this.reactions = reactions;
        this.contributions = contributions;
        this.achievements = achievements;
        this.celebrations = celebrations;
    }

    @Override
    public String section() {
        return "recognition";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String teamId, String userId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("contributions", contributions.findByTeamIdAndUserIdOrderByIdDesc(teamId, userId).stream()
                .map(Contribution::view).toList());
        export.put("contributionsNamingYouAsCollaborator", collaborations(teamId, userId).stream().map(Contribution::view).toList());
        export.put("achievementsAboutYou", achievements.findByTeamIdAndSubjectUserIdOrderByIdDesc(teamId, userId).stream()
                .map(Achievement::view).toList());
        export.put("achievementsYouCelebrated", achievements.findByTeamIdAndCelebratedByOrderByIdDesc(teamId, userId).stream()
                .filter(a -> !a.subjectUserId().equals(userId)).map(Achievement::view).toList());
        export.put("yourReactionsOnCelebrations", reactions.findByTeamIdAndUserIdOrderById(teamId, userId).stream()
                .map(r -> Map.of("achievement", "A-" + r.achievementId(), "reaction", r.reaction(),
                        "at", r.createdAt().toString()))
                .toList());
        return export;
    }

    @Override
    @Transactional
    public ErasureReport erase(String teamId, String userId) {
        List<Contribution> own = contributions.findByTeamIdAndUserIdOrderByIdDesc(teamId, userId);
        contributions.deleteAll(own);
        int deleted = own.size();
        // the emoji stays on the Slack post (it is the person's own); only our count forgets them
        deleted += (int) reactions.deleteByTeamIdAndUserId(teamId, userId);
        int anonymised = 0;
        for (Contribution c : collaborations(teamId, userId)) {
            c.dropCollaborator(userId);
            anonymised++;
        }
        List<Achievement> about = achievements.findByTeamIdAndSubjectUserIdOrderByIdDesc(teamId, userId);
        // they asked for the erasure: told by DM if a post about them cannot be changed to "withdrawn" in Slack (it
        // reached Slack while TechVoice was restarting and is not found in its channel), so they can have it removed
        about.forEach(achievement -> celebrations.withdraw(achievement, userId));
        deleted += about.size();
        for (Achievement a : new ArrayList<>(achievements.findByTeamIdAndCelebratedByOrderByIdDesc(teamId, userId))) {
            a.forgetCelebrator();
            celebrations.refreshPost(a, userId);
            anonymised++;
        }
        return new ErasureReport(section(), deleted, anonymised,
                "Deleted your contributions and the achievements about you (their channel posts are being changed to say they were "
                        + "withdrawn; you will get a DM if one cannot be found); "
                        + "removed your name from celebrations you made and from others' contributions, and stopped counting your reactions.");
    }

    private List<Contribution> collaborations(String teamId, String userId) {
        return contributions.findByTeamIdAndCollaboratorsContaining(teamId, userId).stream()
                .filter(c -> c.collaboratorIds().contains(userId)).toList();
    }
}
