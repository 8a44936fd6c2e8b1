package org.techvoice.recognition;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeSuggestion;

/** Picks the themes an entry is stored under: the author's choice, else the suggestions, else the kind's default. */
final class Themes {

    private Themes() {
    }

    static Set<Theme> chosenOrSuggested(Set<Theme> chosen, List<ThemeSuggestion> suggestions, Theme fallback) {
        if (!chosen.isEmpty()) {
            return EnumSet.copyOf(chosen);
        }
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        suggestions.forEach(s -> themes.add(s.theme()));
        if (themes.isEmpty()) {
            themes.add(fallback);
        }
        return themes;
    }
}
