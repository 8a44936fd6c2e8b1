-- Issue 19: the self-assessment form welcomes references to Athena SWAN applications, TEF submissions and REF
-- environment statements that mention technicians; the lead keeps them with the rest of the profile.
ALTER TABLE organisation_profile ADD COLUMN cross_references TEXT;
