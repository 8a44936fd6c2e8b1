package org.techvoice.voice;

/** What happened when someone tried to change or delete an entry. */
public enum EntryChange {
    DONE,
    /** Deleted already, or never existed in this workspace. */
    NOT_FOUND,
    /** It exists but the person holds no right to change it. */
    NOT_YOURS,
    /**
     * A celebration of someone else: its words are what its subject consented to, so only the subject may change
     * them; the celebrator may withdraw it and celebrate again, which asks the subject again.
     */
    ONLY_THE_SUBJECT_MAY_REWORD
}
