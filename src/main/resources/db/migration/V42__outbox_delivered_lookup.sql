-- Finding which message a Slack event (e.g. a reaction) is about, from the channel and ts Slack gave it.
CREATE INDEX outbox_message_delivered ON outbox_message (team_id, delivered_channel, delivered_ts);
