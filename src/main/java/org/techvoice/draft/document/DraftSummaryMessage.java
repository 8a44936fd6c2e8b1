package org.techvoice.draft.document;

/**
 * Turns a draft's summary into the message the lead receives. Implemented by the Slack adapter, which owns
 * Block Kit, so this feature stays free of Slack types.
 */
public interface DraftSummaryMessage {

    /** Plain-text fallback for notifications and screen readers. */
    String text(DraftSummary summary);

    /** Block Kit blocks as a JSON array. */
    String blocksJson(DraftSummary summary);
}
