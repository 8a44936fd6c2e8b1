package org.techvoice.recognition;

/** A Slack message without Slack types: fallback text plus Block Kit JSON (an array), built by the slack adapter. */
public record MessageContent(String text, String blocksJson) {
}
