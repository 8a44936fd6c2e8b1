package org.techvoice.entry;

/** What a person is writing, so that a refusal of its text can name it. */
public enum EntryKind {
    /** A voice entry: an idea or a concern. */
    VOICE,
    /** A logged contribution, new or edited. */
    CONTRIBUTION,
    /** A celebrated achievement. */
    ACHIEVEMENT,
    /** A Slack message logged as evidence through the message shortcut. */
    LOGGED_MESSAGE
}
