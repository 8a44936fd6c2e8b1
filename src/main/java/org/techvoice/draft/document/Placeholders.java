package org.techvoice.draft.document;

import org.techvoice.draft.document.DraftDocument.Paragraph;

/** The wording for a section with nothing in it: say so, and say what would fill it. Nothing is invented. */
final class Placeholders {

    static final String NO_EVIDENCE = "No evidence recorded yet.";

    private Placeholders() {
    }

    static Paragraph noEvidence(String wouldFillIt) {
        return new Paragraph(NO_EVIDENCE + " " + wouldFillIt, true);
    }

    static Paragraph notGiven(String what) {
        return new Paragraph("Not given yet. The institutional lead can add " + what + " with /tc profile.", true);
    }
}
