package org.techvoice.draft.profile;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.draft.FieldProblem;

/** Keeps the organisation profile the self-assessment opens with, one per workspace. */
@Service
public class ProfileService {

    private final OrganisationProfileRepository profiles;
    private final Clock clock;

    ProfileService(OrganisationProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The current answers, or {@link ProfileDetails#EMPTY} before the lead has saved any. */
    @Transactional(readOnly = true)
    public ProfileDetails current(String teamId) {
        return profiles.findByTeamId(teamId).map(OrganisationProfile::details).orElse(ProfileDetails.EMPTY);
    }

    /**
     * Saves the answers when every one is acceptable.
     *
     * @return what is wrong, by field; empty when saved
     */
    @Transactional
    public Map<ProfileField, FieldProblem> save(String teamId, String userId, ProfileDetails details) {
        Map<ProfileField, FieldProblem> errors = ProfileRules.check(details);
        if (!errors.isEmpty()) {
            return errors;
        }
        OrganisationProfile profile = profiles.findByTeamId(teamId).orElseGet(() -> new OrganisationProfile(teamId));
        profile.update(details, userId, clock.instant());
        profiles.save(profile);
        return Map.of();
    }

    /**
     * Saves the answers and the stage together when every one is acceptable.
     *
     * @return what is wrong, by field; empty when saved
     */
    @Transactional
    public Map<ProfileField, FieldProblem> save(String teamId, String userId, ProfileDetails details, StageInput stage) {
        Map<ProfileField, FieldProblem> errors = new java.util.EnumMap<>(ProfileField.class);
        errors.putAll(ProfileRules.check(details));
        StageRules.Checked checked = StageRules.check(stage, java.time.LocalDate.now(clock));
        errors.putAll(checked.errors());
        if (!errors.isEmpty()) {
            return errors;
        }
        OrganisationProfile profile = profiles.findByTeamId(teamId).orElseGet(() -> new OrganisationProfile(teamId));
        profile.update(details, userId, clock.instant());
        profile.updateStage(checked.stage(), checked.lastSubmittedOn(), checked.months(), userId, clock.instant());
        profiles.save(profile);
        return Map.of();
    }

    /** Sets the stage alone (the playground, a recorded submission), keeping the rest of the profile. */
    @Transactional
    public void saveStage(String teamId, String userId, CommitmentStage stage) {
        OrganisationProfile profile = profiles.findByTeamId(teamId).orElseGet(() -> new OrganisationProfile(teamId));
        Integer months = stage.planMonths() == CommitmentStage.defaultMonths(stage.stage()) ? null : stage.planMonths();
        profile.updateStage(stage.stage(), stage.lastSubmittedOn(), months, userId, clock.instant());
        profiles.save(profile);
    }

    /** The stage being prepared: Stage 1 with a 24-month plan until the lead says otherwise. */
    @Transactional(readOnly = true)
    public CommitmentStage stage(String teamId) {
        return profiles.findByTeamId(teamId).map(OrganisationProfile::stage).orElse(CommitmentStage.FIRST);
    }

    /** The stage as the lead gave it, for the form: the horizon text is empty when it is the stage's usual one. */
    @Transactional(readOnly = true)
    public StageInput stageAnswers(String teamId) {
        return profiles.findByTeamId(teamId).filter(OrganisationProfile::stageGiven)
                .map(p -> new StageInput(Integer.toString(p.stage().stage()), p.stage().lastSubmittedOn(),
                        p.chosenPlanMonths() == null ? null : p.chosenPlanMonths().toString()))
                .orElseGet(() -> profiles.findByTeamId(teamId).map(p -> new StageInput(null, p.stage().lastSubmittedOn(), null))
                        .orElse(StageInput.UNCHANGED));
    }

    /**
     * The plan horizon the lead set by choosing a stage or a length; empty when the profile says nothing, so a
     * setting's default applies.
     */
    @Transactional(readOnly = true)
    public java.util.OptionalInt chosenPlanMonths(String teamId) {
        return profiles.findByTeamId(teamId).filter(OrganisationProfile::stageGiven)
                .map(p -> java.util.OptionalInt.of(p.stage().planMonths())).orElse(java.util.OptionalInt.empty());
    }

    /** Words as the form counts them: runs of non-space characters. */
    public static int words(String text) {
        return ProfileRules.words(text);
    }

    public static int wordLimit() {
        return ProfileRules.PROFILE_WORD_LIMIT;
    }
}
