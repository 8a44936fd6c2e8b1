package org.techvoice.surveys;

/** Who a survey is sent to. */
public enum AudienceKind {
    /** Members of one channel. */
    CHANNEL,
    /** Members of one Slack user group. */
    USER_GROUP,
    /** Everyone registered as a technician in TechVoice. */
    TECHNICIANS
}
