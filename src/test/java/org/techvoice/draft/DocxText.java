package org.techvoice.draft;

/** Word text as the tests compare it: the draft's Word document keeps references whole with non-breaking hyphens (U+2011). */
public final class DocxText {

    private DocxText() {
    }

    public static String ascii(String text) {
        // and a zero-width space after a slash between words, where a line may break
        return text == null ? null : text.replace('\u2011', '-').replace("\u200B", "");
    }
}
