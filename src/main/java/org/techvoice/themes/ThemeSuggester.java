package org.techvoice.themes;

import java.util.List;

/** Reads free text and proposes the Technician Commitment themes it speaks to. */
public interface ThemeSuggester {

    /** Suggestions, strongest first, at most one per theme; empty when nothing in the text points to a theme. */
    List<ThemeSuggestion> suggest(String text);
}
