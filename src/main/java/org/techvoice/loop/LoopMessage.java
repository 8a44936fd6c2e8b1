package org.techvoice.loop;

/** A message's plain-text fallback and its Block Kit blocks as a JSON array. */
public record LoopMessage(String text, String blocksJson) {
}
