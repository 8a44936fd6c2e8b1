package org.techvoice.draft.document;

/**
 * The canvas version of a draft: the Markdown version, within what Slack's canvases accept. Canvases take
 * headings h1-h3, lists, quotes, links and Markdown tables, but no images, so the charts stay in the Word file;
 * their data tables are already in the Markdown. Its title is the Slack adapter's ({@link DraftSummaryMessage}).
 */
final class DraftCanvas {

    /** Slack's limit on a canvas's Markdown content is 1 MiB (1,048,576 characters); keep clear of it. */
    static final int MAX_CHARS = 1_000_000;

    static final String CUT_NOTE = "\n\n*The canvas stops here because Slack limits a canvas's length; "
            + "the Word and Markdown files have the full draft.*\n";

    private DraftCanvas() {
    }

    static String markdown(CompiledDraft draft) {
        // canvases have three heading levels; the draft's fourth (a theme inside a sub-section) becomes the third
        String markdown = draft.markdown().replaceAll("(?m)^#### ", "### ");
        if (markdown.length() <= MAX_CHARS) {
            return markdown;
        }
        // cut at a paragraph break, never inside a table row or a surrogate pair
        int cut = markdown.lastIndexOf("\n\n", MAX_CHARS - CUT_NOTE.length());
        if (cut <= 0) {
            cut = MAX_CHARS - CUT_NOTE.length();
            if (Character.isHighSurrogate(markdown.charAt(cut - 1))) {
                cut--;
            }
        }
        return markdown.substring(0, cut) + CUT_NOTE;
    }
}
