package org.techvoice.draft.document;

/** Counted nouns as a reader writes them: "1 action", "7 actions", "1 entry", "3 entries", never "action(s)". */
final class Words {

    private Words() {
    }

    /** A regular plural: the singular with an "s". */
    static String count(long count, String singular) {
        return count(count, singular, singular + "s");
    }

    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** "was" or "were", for a sentence about {@code count} things. */
    static String was(long count) {
        return count == 1 ? "was" : "were";
    }

    /** "has" or "have". */
    static String has(long count) {
        return count == 1 ? "has" : "have";
    }
}
