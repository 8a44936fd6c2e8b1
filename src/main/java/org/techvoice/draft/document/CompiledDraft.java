package org.techvoice.draft.document;

/** A draft in both formats with its summary. */
public record CompiledDraft(DraftDocument document, byte[] docx, String markdown, DraftSummary summary, String baseFilename) {

    public String docxFilename() {
        return baseFilename + ".docx";
    }

    public String markdownFilename() {
        return baseFilename + ".md";
    }
}
