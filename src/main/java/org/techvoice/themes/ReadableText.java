package org.techvoice.themes;

/**
 * A user's text prepared once for all rules: as typed, and lower-cased for the case-insensitive cues, each with
 * the positions where a word may start (not right after an ASCII letter or digit), which every rule searches.
 */
record ReadableText(String exact, String folded, int[] exactWordStarts, int[] foldedWordStarts) {

    static final ReadableText EMPTY = new ReadableText("", "");

    ReadableText(String exact, String folded) {
        this(exact, folded, WordStartPattern.wordStarts(exact), WordStartPattern.wordStarts(folded));
    }

    boolean isEmpty() {
        return exact.isEmpty();
    }
}
