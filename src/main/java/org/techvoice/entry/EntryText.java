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
    public static String clean(String text, String what) {
        String cleaned = text == null ? "" : text.replace("\u0000", "").strip();
        if (cleaned.isEmpty()) {
            throw new EntryRejected(EntryRejected.Field.TEXT, EntryRejected.Problem.EMPTY, "Please write what " + what + " is about; it can't be empty.");
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > MAX_CHARACTERS) {
            throw new EntryRejected(EntryRejected.Field.TEXT, EntryRejected.Problem.TOO_LONG, "That is %,d characters; the limit is %,d. Nothing was saved: please shorten it and try again."
                    .formatted(length, MAX_CHARACTERS));
        }
        return cleaned;
    }
}
