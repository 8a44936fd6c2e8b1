/**
 * Findings: what technicians told us over the evidence period, grouped by concern (the action library's topics first,
 * then groups of what fitted none), the survey figures that stand out and the Appendix A activities without evidence;
 * the actions proposed for them from the library; and the lead's decisions (accept, edit then accept, dismiss with a
 * reason). {@link org.techvoice.findings.PlanReviewService} is the one API the Slack review and the draft use; the
 * draft reads it through its port {@link org.techvoice.draft.FindingsSource}.
 */
package org.techvoice.findings;
