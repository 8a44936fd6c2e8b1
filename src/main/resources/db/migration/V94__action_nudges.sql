-- Issue 17: a monthly DM to an action's owner (when the lead field names a Slack person) until it is done or dropped.
-- When the owner was last nudged: the next nudge waits a month from the later of this and the last update.
ALTER TABLE action_plan_item ADD COLUMN last_nudged_at TIMESTAMP WITH TIME ZONE;

-- A lead may switch the nudges off for the workspace (`/tc action nudges off`); no row means on.
CREATE TABLE action_nudge_setting (
    team_id    VARCHAR(32)              NOT NULL PRIMARY KEY,
    enabled    BOOLEAN                  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
