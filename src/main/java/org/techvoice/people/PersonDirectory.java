package org.techvoice.people;

import java.util.Optional;

/**
 * The workspace's member directory (Slack's {@code users.info} and {@code users.lookupByEmail}), implemented
 * by the slack adapter so that people never speaks Slack. Answers may be cached for a short while.
 */
public interface PersonDirectory {

    /**
     * @return the member, or empty when the workspace has no such user
     * @throws DirectoryUnavailableException when Slack could not be asked or refused to answer
     */
    Optional<DirectoryPerson> person(String teamId, String userId);

    /**
     * @return the user id of the member with that email, or empty when there is none
     * @throws DirectoryUnavailableException when Slack could not be asked or refused to answer
     */
    Optional<String> userIdByEmail(String teamId, String email);

    /**
     * What TechVoice needs to know about a member; {@code teamId} is the member's own workspace, which differs from
     * the one asked about for a guest from another organisation (Slack Connect), or is null when unknown;
     * {@code timeZone} is the IANA zone of the member's profile, or null when not set (see {@link WorkingHours}).
     */
    record DirectoryPerson(String userId, boolean bot, boolean deleted, boolean workspaceAdmin, String teamId, String timeZone) {

        public DirectoryPerson(String userId, boolean bot, boolean deleted, boolean workspaceAdmin, String teamId) {
            this(userId, bot, deleted, workspaceAdmin, teamId, null);
        }

        /** A real, active person: roles and technician profiles are only for them. */
        public boolean isActivePerson() {
            return !bot && !deleted;
        }
    }

    /** Slack could not answer now (network, rate limit, missing scope); the caller should say "try again". */
    class DirectoryUnavailableException extends RuntimeException {

        public DirectoryUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
