-- Inbound Slack requests already taken on (Events API event_id), so Slack's retries have their effect once.
CREATE TABLE handled_request (
    team_id     VARCHAR(32)              NOT NULL,
    request_key VARCHAR(200)             NOT NULL,
    handled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT handled_request_once PRIMARY KEY (team_id, request_key)
);
CREATE INDEX handled_request_age ON handled_request (handled_at);
