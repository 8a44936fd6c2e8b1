package org.techvoice.understanding;

import java.util.Optional;

/**
 * The embedded sentence-embedding model, in-process. It loads in the background after start-up, so callers get
 * nothing until it is ready (and nothing if it could not load) and must then fall back to the rules.
 */
public interface SentenceEmbeddings {

    /** Whether {@link #embed} answers; false while the model loads and for good if it could not load. */
    boolean ready();

    /** The embedding of the text, or empty while the model is not ready or when the text is blank. */
    Optional<Embedding> embed(String text);
}
