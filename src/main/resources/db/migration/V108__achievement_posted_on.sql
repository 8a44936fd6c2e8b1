-- The day a celebration was posted in the network channel (issue 18): the digest tells the celebrations of its period by
-- when they were posted, so one approved after a digest went out is in the next, not lost because it happened before.
-- Rows already posted take the day they were logged, the best this table knew until now.
ALTER TABLE achievement ADD COLUMN posted_on DATE;
UPDATE achievement SET posted_on = achieved_on WHERE posted = TRUE;
