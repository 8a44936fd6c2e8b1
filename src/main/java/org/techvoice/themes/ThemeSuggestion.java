package org.techvoice.themes;

/**
 * A theme proposed for a piece of text, with the reason a user can read, e.g.
 * {@code mentions professional registration → Recognition}.
 */
public record ThemeSuggestion(Theme theme, String reason) {
}
