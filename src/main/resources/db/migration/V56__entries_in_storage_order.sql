-- The draft walks a workspace's entries in the order they were stored (by id), so that each page's rows are read
-- from neighbouring table pages: walking them by date jumped across the whole table, and on H2 that outgrew
-- its page cache and slowed the draft more than linearly with the entries.
CREATE INDEX voice_entry_team_id ON voice_entry (team_id, id);
CREATE INDEX contribution_team_id ON contribution (team_id, id);
CREATE INDEX achievement_team_id ON achievement (team_id, id);
