package org.techvoice.outbox;

/**
 * A message without Slack types: fallback text plus Block Kit JSON (an array, or null for text only), as every
 * feature's message port returns it from its slack adapter, ready for {@link OutboundMessage}.
 */
public record MessageContent(String text, String blocksJson) {
}
