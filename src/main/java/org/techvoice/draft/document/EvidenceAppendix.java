package org.techvoice.draft.document;

import java.util.List;

import org.techvoice.draft.document.DraftDocument.Paragraph;
import org.techvoice.draft.document.DraftDocument.Section;
import org.techvoice.draft.document.DraftDocument.Table;

/** Appendix B: every reference cited in the draft, so each figure, item and quote can be traced. */
final class EvidenceAppendix {

    static final String HEADING = "Appendix B: Evidence cited";

    private EvidenceAppendix() {
    }

    static Section build(Citations citations) {
        if (citations.isEmpty()) {
            return new Section(HEADING, List.of(Placeholders.noEvidence(
                    "Contributions, achievements, voice entries and survey questions cited above would be listed here by reference.")));
        }
        return new Section(HEADING, List.of(
                new Paragraph("Each reference below is an entry, survey or survey question in TechVoice, in order of reference. "
                        + "Authors are not listed.", false),
                new Table(List.of("Ref", "Kind", "Date", "Themes", "Summary"), citations.rows())));
    }
}
