package org.techvoice.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.techvoice.draft.EvidenceEntry;
import org.techvoice.draft.Finding;
import org.techvoice.draft.PlanFindings;

/**
 * The fixture institution's voice entries fall into known concerns: the findings must group them as a careful reader
 * would. Prints the grouping against the labels (the measurement the threshold was tuned on).
 */
class FindingsGroupingTest {

    @Test
    void groupsWhatTechniciansSaidIntoTheirConcerns() {
        List<EvidenceEntry> entries = FindingsFixture.withStoredVectors(FindingsFixture.labelledEntries(Map.of()));
        TopicBank bank = FindingsFixture.modelBank();
        PlanFindings findings = FindingsFixture.make(FindingsFixture.maker(bank), entries, List.of(), List.of(), List.of(), Map.of());

        Map<String, Finding> byEntry = new HashMap<>();
        for (Finding finding : findings.findings()) {
            finding.evidenceReferences().forEach(ref -> byEntry.put(ref, finding));
        }
        int right = 0;
        int labelled = 0;
        int outsideRight = 0;
        int outside = 0;
        StringBuilder report = new StringBuilder("\nGrouping of the fixture's voice entries against their labels:\n");
        for (int i = 0; i < LabelledVoice.ENTRIES.size(); i++) {
            LabelledVoice.Labelled entry = LabelledVoice.ENTRIES.get(i);
            Finding finding = byEntry.get("V-" + (i + 1));
            String placed = finding == null ? "(ungrouped)" : finding.templateId() == null ? finding.reference() + " group" : finding.templateId();
            double similarity = bank.nearest(Vectors.widen(entries.get(i).embedding())).similarity();
            boolean ok;
            if (entry.topics().isEmpty()) {
                outside++;
                ok = finding == null || finding.templateId() == null;
                outsideRight += ok ? 1 : 0;
            } else {
                labelled++;
                ok = finding != null && entry.topics().contains(finding.templateId());
                right += ok ? 1 : 0;
            }
            report.append(String.format("%s %.2f %-28s <- %s%n", ok ? "ok  " : "MISS", similarity, placed, entry.text()));
        }
        double accuracy = (double) right / labelled;
        report.append(String.format("Placed in a right topic: %d of %d (%.2f); outside every topic kept out: %d of %d%n", right, labelled,
                accuracy, outsideRight, outside));
        System.out.println(report);

        assertThat(accuracy).isGreaterThanOrEqualTo(0.70);
        assertThat(outsideRight).isGreaterThanOrEqualTo(outside - 1);
        assertThat(findings.modelUsed()).isTrue();
    }
}
