package org.techvoice.slack;

/** Counted nouns in what Slack shows, as a person writes them: "1 action", "7 actions", "1 entry", never "action(s)". */
public final class Counted {

    private Counted() {
    }

    /** A regular plural: the singular with an "s". */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
