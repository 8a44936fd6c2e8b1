package org.techvoice.draft.document;

import org.techvoice.outbox.MessageContent;

/**
 * The words of everything the lead receives with a draft: the summary message, the files' comment, the canvas's
 * title and note, and the apology when compiling failed. Implemented by the Slack adapter, which owns Block Kit and
 * Slack's text formats, so this feature stays free of both.
 */
public interface DraftSummaryMessage {

    /** The comment posted with the Word and Markdown files. */
    String filesComment();

    /** The canvas's title: plain text, shown by Slack as it is. */
    String canvasTitle(DraftSummary summary);

    /** The DM that comes with the link to the shared canvas. */
    String canvasShared();

    /** The DM when the draft could not be compiled, after every retry. */
    String compileFailed();

    /** The summary DM: counts per theme and what is missing. */
    MessageContent summary(DraftSummary summary);
}
