-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL alike: keep to the SQL both understand.
CREATE TABLE workspace (
    team_id       VARCHAR(32)              NOT NULL PRIMARY KEY,
    enterprise_id VARCHAR(32),
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
