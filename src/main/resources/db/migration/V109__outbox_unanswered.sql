-- When a call for this row first went out and no answer came back (a time-out, a connection lost mid-call): the
-- message may be in Slack already, so a channel post is looked for in its channel before it is posted again.
ALTER TABLE outbox_message ADD COLUMN unanswered_since TIMESTAMP WITH TIME ZONE;
