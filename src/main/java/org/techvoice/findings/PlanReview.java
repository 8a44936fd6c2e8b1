package org.techvoice.findings;

import java.util.ArrayList;
import java.util.List;

import org.techvoice.draft.Finding;
import org.techvoice.draft.PlanFindings;
import org.techvoice.draft.ProposedAction;
import org.techvoice.themes.Theme;

/**
 * What the lead reviews: the findings and their proposals per theme, the open ones first.
 *
 * @param findings everything, as the draft reads it too
 * @param themes   per theme, in the Commitment's order; themes with no finding are left out
 */
public record PlanReview(PlanFindings findings, List<ThemeReview> themes) {

    public record ThemeReview(Theme theme, List<FindingReview> findings) {
    }

    /** A finding and the actions proposed for it (none unless it is open). */
    public record FindingReview(Finding finding, List<ProposedAction> proposals) {
    }

    static PlanReview of(PlanFindings findings) {
        List<ThemeReview> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            List<FindingReview> open = new ArrayList<>();
            List<FindingReview> decided = new ArrayList<>();
            for (Finding finding : findings.findings()) {
                if (finding.mainTheme() != theme) {
                    continue;
                }
                FindingReview review = new FindingReview(finding, findings.proposalsFor(finding.reference()));
                (finding.status() == Finding.Status.OPEN ? open : decided).add(review);
            }
            open.addAll(decided);
            if (!open.isEmpty()) {
                themes.add(new ThemeReview(theme, List.copyOf(open)));
            }
        }
        return new PlanReview(findings, List.copyOf(themes));
    }

    public long open() {
        return findings.findings().stream().filter(f -> f.status() == Finding.Status.OPEN).count();
    }
}
