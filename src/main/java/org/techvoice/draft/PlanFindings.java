package org.techvoice.draft;

import java.time.LocalDate;
import java.util.List;

/**
 * The findings of a period, the actions proposed for the open ones and how many took part: what the draft's section on
 * how the technician voice shaped the plan, and the lead's review, are written from.
 *
 * @param since            first day of the evidence read
 * @param asOf             the plan starts here; proposals fall within {@code horizon}
 * @param horizon          the plan's last day
 * @param minimumGroupSize no count or split below it
 * @param modelUsed        whether the sentence-embedding model placed any entry (else the keyword rules did)
 * @param ungrouped        entries and comments that fitted no topic and no group of two or more (lone remarks)
 */
public record PlanFindings(LocalDate since, LocalDate asOf, LocalDate horizon, int minimumGroupSize, boolean modelUsed,
        List<Finding> findings, List<ProposedAction> proposals, Participation participation, long ungrouped) {

    public PlanFindings {
        findings = List.copyOf(findings);
        proposals = List.copyOf(proposals);
    }

    public java.util.Optional<Finding> finding(String reference) {
        return findings.stream().filter(f -> f.reference().equalsIgnoreCase(reference)).findFirst();
    }

    public java.util.Optional<ProposedAction> proposal(String reference) {
        return proposals.stream().filter(p -> p.reference().equalsIgnoreCase(reference)).findFirst();
    }

    /** The proposals for one finding, best first. */
    public List<ProposedAction> proposalsFor(String findingReference) {
        return proposals.stream().filter(p -> p.findingReference().equals(findingReference)).toList();
    }

    /**
     * Who took part. Departments appear only at or above the minimum group size of distinct people.
     *
     * @param voiceEntries              voice entries read in the period
     * @param surveyComments            free-text survey answers read
     * @param attributedContributors    distinct people behind attributed voice entries ({@code contributorsShown} false
     *                                  when below the minimum group size)
     * @param departments               departments with at least the minimum group size of contributors
     */
    public record Participation(long voiceEntries, long surveyComments, long attributedContributors, boolean contributorsShown,
            List<Finding.DepartmentCount> departments) {

        public Participation {
            departments = List.copyOf(departments);
        }
    }
}
