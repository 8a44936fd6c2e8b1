package org.techvoice.draft.actionplan;

/**
 * Where an action came from, for the plan's origin column and the section on how the technician voice shaped the plan:
 * what technicians said (voice entries, survey comments), a survey figure, an Appendix A activity without evidence,
 * or the lead alone.
 */
public enum ActionOrigin {
    VOICE, SURVEY, GAP, LEAD
}
