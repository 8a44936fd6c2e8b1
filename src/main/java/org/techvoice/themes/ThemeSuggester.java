package org.techvoice.themes;

import java.util.List;

/**
 * Reads free text and proposes the Technician Commitment themes it speaks to, fast enough for a Slack ack (the rules,
 * about a tenth of a millisecond). What the sentence-embedding model adds comes after the ack: on stored entries when
 * the embedding job reaches them, elsewhere through {@link ThoroughThemeSuggester}.
 */
public interface ThemeSuggester {

    /** Suggestions, strongest first, at most one per theme; empty when nothing in the text points to a theme. */
    List<ThemeSuggestion> suggest(String text);
}
