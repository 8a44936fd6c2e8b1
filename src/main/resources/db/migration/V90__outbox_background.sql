-- Outbox rows that may wait behind everything else (e.g. closing a survey's invitations): claimed after the rest
-- of what is due, so a fan-out of updates never holds back a reply someone is waiting for.
ALTER TABLE outbox_message ADD COLUMN background BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX outbox_message_due_background ON outbox_message (status, background, next_attempt_at);
