package org.techvoice.voice;

import java.util.List;

import org.techvoice.themes.ThemeSuggestion;

/**
 * What the author is told after speaking up.
 *
 * @param token       the capability to change or delete the entry; shown only to the author, never stored
 * @param suggestions why the themes were chosen; empty when the author chose them or nothing matched
 * @param fallbackTheme nothing was chosen and nothing in the text pointed to a theme, so the default was taken
 */
public record VoiceReceipt(VoiceView entry, String token, List<ThemeSuggestion> suggestions, boolean fallbackTheme) {

    public VoiceReceipt {
        suggestions = List.copyOf(suggestions);
    }
}
