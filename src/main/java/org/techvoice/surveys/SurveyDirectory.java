package org.techvoice.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What surveys need to know from the workspace's directory (Slack), without knowing Slack. Implemented by
 * the slack adapter. Lookups may fail ({@link DirectoryUnavailable}); callers retry later.
 */
public interface SurveyDirectory {

    /** User ids of a channel's members (bots included; {@link #member} tells them apart). */
    List<String> channelMembers(String teamId, String channelId);

    /** The id of the user group typed as {@code @handle}, its name, or its id. */
    Optional<UserGroup> findUserGroup(String teamId, String typed);

    List<String> userGroupMembers(String teamId, String userGroupId);

    /** The person behind a user id, or empty when Slack does not know them. */
    Optional<Member> member(String teamId, String userId);

    /**
     * The people behind many user ids, in their order, leaving out those Slack does not know. An implementation may
     * look them up in bulk; this one asks one by one.
     */
    default List<Member> members(String teamId, List<String> userIds) {
        List<Member> found = new ArrayList<>();
        for (String userId : userIds) {
            member(teamId, userId).ifPresent(found::add);
        }
        return found;
    }

    record UserGroup(String id, String handle) {
    }

    /** @param timeZone IANA zone from the profile, or null when not set */
    record Member(String userId, String timeZone, boolean human) {
    }

    /** A lookup failed; {@code permanent} when retrying cannot help (e.g. the bot cannot see the channel). */
    class DirectoryUnavailable extends RuntimeException {

        private final boolean permanent;

        public DirectoryUnavailable(String friendlyMessage, boolean permanent) {
            super(friendlyMessage);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
