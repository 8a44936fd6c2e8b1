package org.techvoice.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.techvoice.themes.Theme;
import org.techvoice.themes.ThemeSuggester;
import org.techvoice.themes.ThemeSuggestion;

/**
 * Test-only stand-in until the real suggester (branch {@code themes}) is merged; then this file is deleted.
 * A few fixed phrases, enough to make the suggested themes of the tests predictable.
 */
@Component
class FallbackThemeSuggester implements ThemeSuggester {

    @Override
    public List<ThemeSuggestion> suggest(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<ThemeSuggestion> suggestions = new ArrayList<>();
        if (lower.contains("registration") || lower.contains("rscitech")) {
            suggestions.add(new ThemeSuggestion(Theme.RECOGNITION, "mentions professional registration → Recognition"));
        }
        if (lower.contains("cpd") || lower.contains("training")) {
            suggestions.add(new ThemeSuggestion(Theme.CAREER_DEVELOPMENT, "mentions CPD → Career Development"));
        }
        if (lower.contains("outreach")) {
            suggestions.add(new ThemeSuggestion(Theme.VISIBILITY, "mentions outreach → Visibility"));
        }
        return suggestions;
    }
}
