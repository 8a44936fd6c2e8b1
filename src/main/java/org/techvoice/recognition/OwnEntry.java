package org.techvoice.recognition;

import java.time.LocalDate;
import java.util.Set;

import org.techvoice.themes.Theme;

/**
 * One line of {@code /tc mine}.
 *
 * @param kind  e.g. "voice", "outreach", "achievement"
 * @param state e.g. "celebrated in the network channel", "waiting for their approval"; empty when nothing to say
 * @param editable false for a celebration of someone else: only its subject may change its words
 * @param posted   whether it has a post in the network channel, which deleting or editing it changes too
 */
public record OwnEntry(String reference, String kind, String text, Set<Theme> themes, LocalDate date, String state,
        boolean editable, boolean posted) {

    public OwnEntry {
        themes = Set.copyOf(themes);
    }
}
