package org.techvoice.draft.profile;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    public Map<ProfileField, String> save(String teamId, String userId, ProfileDetails details) {
        Map<ProfileField, String> errors = ProfileRules.check(details);
        if (!errors.isEmpty()) {
            return errors;
        }
        OrganisationProfile profile = profiles.findByTeamId(teamId).orElseGet(() -> new OrganisationProfile(teamId));
        profile.update(details, userId, clock.instant());
        profiles.save(profile);
        return Map.of();
    }

    /** Words as the form counts them: runs of non-space characters. */
    public static int words(String text) {
        return ProfileRules.words(text);
    }

    public static int wordLimit() {
        return ProfileRules.PROFILE_WORD_LIMIT;
    }
}
