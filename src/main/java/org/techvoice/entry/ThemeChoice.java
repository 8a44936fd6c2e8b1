package org.techvoice.entry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeSuggestion;

/** The themes an entry is stored under: the author's choice, else the suggestions, else the kind's default. */
public final class ThemeChoice {

    private ThemeChoice() {
    }

    public static Set<Theme> chosenOrSuggested(Set<Theme> chosen, List<ThemeSuggestion> suggestions, Theme fallback) {
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

    /** When editing, the author must leave at least one theme. */
    public static Set<Theme> required(Set<Theme> themes) {
        if (themes.isEmpty()) {
            throw EntryRejected.noTheme();
        }
        return EnumSet.copyOf(themes);
    }
}
