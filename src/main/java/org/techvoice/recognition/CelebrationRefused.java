package org.techvoice.recognition;

/** The person named cannot be celebrated: {@link #reason()} says why, and the Slack adapter says it in words. */
public class CelebrationRefused extends RuntimeException {

    public enum Reason {
        /** No such member in the workspace. */
        NOT_FOUND,
        /** A bot or an app: TechVoice celebrates people. */
        BOT,
        /** A deactivated account, which could never approve the celebration. */
        DEACTIVATED,
        /** A member of another organisation's workspace (Slack Connect). */
        OTHER_ORGANISATION,
        /** The directory could not be asked just now; trying again may work. */
        DIRECTORY_UNAVAILABLE
    }

    private final Reason reason;
    private final String subjectUserId;

    public CelebrationRefused(Reason reason, String subjectUserId) {
        super(reason + " for " + subjectUserId);
        this.reason = reason;
        this.subjectUserId = subjectUserId;
    }

    public Reason reason() {
        return reason;
    }

    public String subjectUserId() {
        return subjectUserId;
    }
}
