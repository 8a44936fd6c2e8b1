package org.techvoice.entry;

/** The rules every typed entry (voice, contribution, achievement) follows before it is stored. */
public final class EntryText {

    /** Counted in characters as people see them (code points), so emoji do not count double. */
    public static final int MAX_CHARACTERS = 3000;

    private EntryText() {
    }

    /**
     * The text as it will be stored: trimmed, with NUL removed (PostgreSQL refuses it in text columns) and
     * everything else, emoji and markup included, kept as typed. Shown text is escaped where it is shown.
     *
     * @throws EntryRejected when empty or too long; nothing is stored then
     */
    public static String clean(String text, EntryKind kind) {
        String cleaned = text == null ? "" : text.replace("\u0000", "").strip();
        if (cleaned.isEmpty()) {
            throw EntryRejected.emptyText(kind);
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > MAX_CHARACTERS) {
            throw EntryRejected.textTooLong(kind, length, MAX_CHARACTERS);
        }
        return cleaned;
    }
}
