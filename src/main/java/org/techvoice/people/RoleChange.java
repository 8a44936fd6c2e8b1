package org.techvoice.people;

/** What became of a request to appoint or remove a lead or champion. */
public enum RoleChange {
    /** The role was granted or removed. */
    DONE,
    /** Asked to grant a role the person already holds. */
    ALREADY_HELD,
    /** Asked to remove a role the person does not hold. */
    NOT_HELD,
    /** The person asking is not an admin. */
    NOT_ALLOWED,
    /** Admin cannot be granted or removed here: it comes from Slack, TECHVOICE_ADMINS or the installation. */
    NOT_APPOINTABLE,
    /** The person is a bot or a deactivated account. */
    NOT_A_PERSON,
    /** The workspace has no such member. */
    UNKNOWN_PERSON,
    /** Slack could not confirm who the person is right now. */
    DIRECTORY_UNAVAILABLE
}
