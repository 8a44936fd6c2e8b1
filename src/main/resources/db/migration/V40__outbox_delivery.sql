-- Outbox delivery: which instance holds a row, until when, and whether its Slack call had begun
-- (a row whose call had begun when its instance died may already be in Slack: see OutboxLedger).
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(64);
ALTER TABLE outbox_message ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_message ADD COLUMN attempt_started_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX outbox_message_lease ON outbox_message (status, lease_until);
