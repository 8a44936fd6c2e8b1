package org.techvoice.themes;

import org.springframework.stereotype.Component;
import org.techvoice.WarmUp;

/** The theme suggester's rules (and their text normalisation) are built on first use: use them once before readiness. */
@Component
class ThemeSuggesterWarmUp implements WarmUp {

    private final ThemeSuggester suggester;

    ThemeSuggesterWarmUp(ThemeSuggester suggester) {
        this.suggester = suggester;
    }

    @Override
    public String name() {
        return "the theme suggester";
    }

    @Override
    public void warmUp() {
        suggester.suggest("Ran an outreach day on microscopy for Year 10 pupils and trained two new colleagues");
    }
}
