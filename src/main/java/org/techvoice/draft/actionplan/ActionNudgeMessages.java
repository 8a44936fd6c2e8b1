package org.techvoice.draft.actionplan;

/** The words of an owner's monthly nudge, written by the Slack adapter (the domain only decides who and when). */
public interface ActionNudgeMessages {

    /** Notification text (also the fallback for clients without blocks). */
    String text(ActionItem action);

    /** Blocks as JSON, with an Update button that opens the action's update form. */
    String blocks(ActionItem action);
}
