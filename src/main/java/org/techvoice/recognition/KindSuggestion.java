package org.techvoice.recognition;

import java.util.List;

/**
 * The kind {@code /tc log} proposes for a contribution, and the words of the text that made it, as typed there
 * (e.g. {@code TRAINING_GIVEN} because of "trained"). The Slack adapter writes the reason around them.
 */
public record KindSuggestion(ContributionKind kind, List<String> cues) {

    public KindSuggestion {
        cues = List.copyOf(cues);
    }
}
