package org.techvoice.draft.profile;

/** The profile's fields, so an error can point at the one that is wrong. */
public enum ProfileField {
    ORGANISATION_NAME, PROFILE, TECHNICIAN_DEFINITION, TECHNICIAN_NUMBERS, INITIATIVES_BEFORE, WEB_PAGE_URL,
    LEAD_NAME, LEAD_EMAIL, LEAD_PHONE, SIGNATORY_DATE, CROSS_REFERENCES,
    /** the Commitment stage being prepared, the last submission's day and the plan's horizon (issue 17) */
    STAGE, LAST_SUBMITTED_ON, PLAN_MONTHS
}
