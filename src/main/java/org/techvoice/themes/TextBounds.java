package org.techvoice.themes;

/** What part of a user's text the rules read. */
final class TextBounds {

    /**
     * Slack caps what users can send far below this; anything longer comes from somewhere else (an import,
     * a paste into a modal) and its first 100,000 characters say what it is about. Bounding the input keeps
     * a suggestion well under a Slack acknowledgement's time budget whatever arrives.
     */
    static final int MAX_CHARS = 100_000;

    private TextBounds() {
    }

    /** The text the rules look at: null is empty; control characters become spaces so they cannot glue words together. */
    static ReadableText readable(String text) {
        if (text == null || text.isBlank()) {
            return ReadableText.EMPTY;
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        StringBuilder readable = new StringBuilder(bounded.length());
        for (int i = 0; i < bounded.length(); i++) {
            char c = bounded.charAt(i);
            readable.append(Character.isISOControl(c) ? ' ' : c);
        }
        String exact = readable.toString();
        return new ReadableText(exact, Cues.fold(exact));
    }
}
