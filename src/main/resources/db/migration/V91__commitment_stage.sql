-- Issue 17: the stage of the Technician Commitment being prepared (1, 2 or 3), the day of the last submission and the
-- lead's own plan horizon in months (null: 24 for Stage 1, 36 for Stages 2 and 3). Null stage: Stage 1, as before.
ALTER TABLE organisation_profile ADD COLUMN commitment_stage INTEGER;
ALTER TABLE organisation_profile ADD COLUMN last_submitted_on DATE;
ALTER TABLE organisation_profile ADD COLUMN plan_months INTEGER;
