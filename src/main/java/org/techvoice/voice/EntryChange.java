package org.techvoice.voice;

/** What happened when someone tried to change or delete an entry. */
public enum EntryChange {
    DONE,
    /** Deleted already, or never existed in this workspace. */
    NOT_FOUND,
    /** It exists but the person holds no right to change it. */
    NOT_YOURS
}
