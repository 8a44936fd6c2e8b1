package org.techvoice.people;

/** What a person may do in TechVoice beyond looking after their own data. */
public enum Role {
    /** Appoints leads and champions; configures the workspace. Has every power of a lead and a champion. */
    ADMIN,
    /** Pulls drafts and survey results; manages the profile, surveys and action plan. */
    LEAD,
    /** Celebrates on behalf of others and sees theme counts. */
    CHAMPION
}
