package org.techvoice.themes;

import java.util.List;

/**
 * Theme suggestions that read a text's meaning with the sentence-embedding model as well as the rules. Embedding a
 * text costs several milliseconds of CPU, which at a few hundred slash commands a second saturates two cores, so this
 * is for work after the ack (a reply sent through {@code response_url}, a job), never for a request's own thread:
 * there {@link ThemeSuggester} (the rules alone) answers. While the model is not ready it answers as the rules do.
 */
public interface ThoroughThemeSuggester {

    /** As {@link ThemeSuggester#suggest}: strongest first, at most one per theme. */
    List<ThemeSuggestion> suggest(String text);
}
