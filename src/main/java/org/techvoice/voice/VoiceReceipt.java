package org.techvoice.voice;

import java.util.List;

import org.techvoice.themes.ThemeSuggestion;

/**
 * What the author is told after speaking up.
 *
 * @param token       the capability to change or delete the entry; shown only to the author, never stored
 * @param suggestions why the themes were chosen; empty when the author chose them or nothing matched
 */
public record VoiceReceipt(VoiceView entry, String token, List<ThemeSuggestion> suggestions) {

    public VoiceReceipt {
        suggestions = List.copyOf(suggestions);
    }
}
