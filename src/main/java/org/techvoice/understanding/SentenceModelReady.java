package org.techvoice.understanding;

/** Published once, on the model's loading thread, when the sentence-embedding model has loaded. */
public record SentenceModelReady() {
}
