package org.techvoice.themes;

/** A user's text prepared once for all rules: as typed, and lower-cased for the case-insensitive cues. */
record ReadableText(String exact, String folded) {

    static final ReadableText EMPTY = new ReadableText("", "");

    boolean isEmpty() {
        return exact.isEmpty();
    }
}
