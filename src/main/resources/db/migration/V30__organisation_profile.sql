-- The self-assessment's contextual answers, one row per workspace, maintained by leads with /tc profile.
CREATE TABLE organisation_profile (
    team_id               VARCHAR(32)              NOT NULL PRIMARY KEY,
    organisation_name     VARCHAR(200),
    profile               TEXT,
    technician_definition TEXT,
    technician_numbers    TEXT,
    initiatives_before    TEXT,
    web_page_url          VARCHAR(500),
    lead_name             VARCHAR(200),
    lead_email            VARCHAR(200),
    lead_phone            VARCHAR(50),
    signatory_date        DATE,
    updated_by            VARCHAR(32)              NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
